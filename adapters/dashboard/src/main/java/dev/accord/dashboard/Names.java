package dev.accord.dashboard;

import dev.accord.core.accord.Accord;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.scorecard.Dimension;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.sla.Handoff;
import dev.accord.core.team.Person;
import dev.accord.core.team.Team;

/** The names people see for the ids an accord uses, falling back on the id itself. */
final class Names {

  private final Accord accord;

  Names(Accord accord) {
    this.accord = accord;
  }

  /** A person's or team's name; the empty owner is nobody. */
  String owner(String id) {
    if (id.isEmpty()) {
      return "nobody";
    }
    return accord
        .person(id)
        .map(Person::name)
        .filter(name -> !name.isBlank())
        .or(() -> accord.team(id).map(Team::name).filter(name -> !name.isBlank()))
        .orElse(id);
  }

  String stage(String id) {
    return accord.stage(id).map(Stage::displayName).orElse(id);
  }

  String kpi(String id) {
    return accord.kpi(id).map(Kpi::displayName).orElse(id);
  }

  String handoff(String id) {
    return accord.handoff(id).map(Handoff::displayName).orElse(id);
  }

  String dimension(String id) {
    return accord.dimensions().stream()
        .filter(dimension -> dimension.id().equals(id))
        .map(Dimension::label)
        .filter(label -> !label.isBlank())
        .findFirst()
        .orElse(Figures.capitalised(Figures.words(id)));
  }
}
