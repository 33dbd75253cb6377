package dev.accord.yaml;

import static dev.accord.yaml.ValueFormats.DATE;
import static dev.accord.yaml.ValueFormats.NUMBER;
import static dev.accord.yaml.ValueFormats.TEXT;
import static dev.accord.yaml.ValueFormats.choice;

import dev.accord.core.governance.Contribution;
import dev.accord.core.governance.DecisionDomain;
import dev.accord.core.governance.DecisionRight;
import dev.accord.core.governance.Goal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Reads how the accord is governed: who decides what, and the goals the departments share. */
final class GovernanceSection {

  private static final List<String> DECISION_RIGHT =
      List.of("domain", "propose", "approve", "consult", "inform");
  private static final List<String> GOAL =
      List.of("id", "name", "kpi", "baseline", "target", "due", "contributions");
  private static final List<String> CONTRIBUTION = List.of("team", "kpi", "target");

  /** Stands in for an unreadable due date; the date itself is never used for a broken file. */
  private static final LocalDate NO_DATE = LocalDate.EPOCH;

  private GovernanceSection() {}

  static List<DecisionRight> decisionRights(YamlMapping accord) {
    return accord.mappings("decision_rights", "this decision right", DECISION_RIGHT).stream()
        .map(right ->
            new DecisionRight(
                right.required(
                    "domain",
                    choice(DecisionDomain.class, "decision domain"),
                    DecisionDomain.DEFINITION_CHANGE),
                right.list("propose", TEXT),
                right.list("approve", TEXT),
                right.list("consult", TEXT),
                right.list("inform", TEXT)))
        .toList();
  }

  static List<Goal> goals(YamlMapping accord) {
    return accord.mappings("goals", "this goal", GOAL).stream()
        .map(goal ->
            new Goal(
                goal.required("id", TEXT, ""),
                goal.get("name", TEXT, ""),
                goal.required("kpi", TEXT, ""),
                goal.optional("baseline", NUMBER),
                goal.required("target", NUMBER, BigDecimal.ZERO),
                goal.required("due", DATE, NO_DATE),
                goal.mappings("contributions", "this contribution", CONTRIBUTION).stream()
                    .map(contribution ->
                        new Contribution(
                            contribution.required("team", TEXT, ""),
                            contribution.required("kpi", TEXT, ""),
                            contribution.required("target", NUMBER, BigDecimal.ZERO)))
                    .toList()))
        .toList();
  }
}
