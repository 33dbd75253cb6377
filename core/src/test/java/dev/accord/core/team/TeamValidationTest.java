package dev.accord.core.team;

import static dev.accord.core.AccordFixture.person;
import static dev.accord.core.ValidationAssertions.errorAt;
import static dev.accord.core.ValidationAssertions.warningAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.AccordDraft;
import dev.accord.core.AccordFixture;
import dev.accord.core.shared.Problem;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TeamValidationTest {

  private final AccordDraft draft = AccordFixture.draft();

  @Test
  void aDuplicateTeamIsAnError() {
    draft.teams.add(team("sdr", Optional.empty(), Optional.empty()));

    errorAt(draft.build(), "teams[5].id", "duplicate team `sdr`");
  }

  @Test
  void aDuplicatePersonIsAnError() {
    draft.people.add(person("maria", List.of("sdr")));

    errorAt(draft.build(), "people[5].id", "duplicate person `maria`");
  }

  @Test
  void aPersonMayNotShareAnIdWithATeam() {
    // Decision rights name parties by id alone: `revops` must be one or the other.
    draft.people.add(person("revops", List.of("revops")));

    errorAt(draft.build(), "people[5].id", "`revops` is both a team id and a person id");
  }

  @Test
  void aPersonInNoTeamIsAnError() {
    draft.people.add(person("nina", List.of()));

    errorAt(draft.build(), "people[5].teams", "person `nina` belongs to no team");
  }

  @Test
  void aPersonInAnUnknownTeamIsAnError() {
    draft.people.set(1, person("alex", List.of("ae", "sdrs")));

    Problem problem =
        errorAt(
            draft.build(), "people[1].teams[1]", "person `alex` belongs to unknown team `sdrs`");

    assertThat(problem.hint()).isEqualTo("did you mean `sdr`?");
  }

  @Test
  void aManagerWhoIsNotAKnownPersonIsAnError() {
    draft.teams.set(1, team("sdr", Optional.of("mariah"), Optional.of("us_east")));

    errorAt(draft.build(), "teams[1].manager", "team `sdr` is managed by unknown person `mariah`");
  }

  @Test
  void aTeamOnAnUnknownCalendarIsAnError() {
    draft.teams.set(1, team("sdr", Optional.of("maria"), Optional.of("us-east")));

    Problem problem =
        errorAt(
            draft.build(), "teams[1].calendar", "team `sdr` works to unknown calendar `us-east`");

    assertThat(problem.hint()).isEqualTo("did you mean `us_east`?");
  }

  @Test
  void aWeightBelowOneIsAnError() {
    draft.people.set(1, withWeightAndCapacity(0, OptionalInt.of(10)));

    errorAt(draft.build(), "people[1].weight", "person `alex` has a routing weight of 0");
  }

  @Test
  void aNegativeCapacityIsAnError() {
    draft.people.set(1, withWeightAndCapacity(1, OptionalInt.of(-1)));

    errorAt(draft.build(), "people[1].capacity", "person `alex` has a negative capacity of -1");
  }

  @Test
  void aTeamWithoutMembersIsAWarning() {
    draft.teams.add(team("partners", Optional.empty(), Optional.empty()));

    warningAt(draft.build(), "teams[5].id", "team `partners` has no members");
  }

  private static Team team(String id, Optional<String> manager, Optional<String> calendar) {
    return new Team(id, id, Department.SALES, manager, calendar);
  }

  private static Person withWeightAndCapacity(int weight, OptionalInt capacity) {
    return new Person(
        "alex",
        "Alex Kim",
        Optional.empty(),
        List.of("ae"),
        List.of(Role.MEMBER),
        Optional.of(ZoneId.of("Europe/Berlin")),
        capacity,
        weight,
        true);
  }
}
