package dev.accord.core.governance;

import static dev.accord.core.ValidationAssertions.errorAt;
import static dev.accord.core.ValidationAssertions.warningAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.AccordDraft;
import dev.accord.core.AccordFixture;
import dev.accord.core.shared.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GovernanceValidationTest {

  private final AccordDraft draft = AccordFixture.draft();

  @Test
  void aDomainWithNoApproverIsAnError() {
    draft.decisionRights.set(1, right(DecisionDomain.SLA_CHANGE, List.of(), List.of()));

    errorAt(
        draft.build(),
        "decision_rights[1].approve",
        "nobody may approve in decision domain `sla_change`");
  }

  @Test
  void aDomainListedTwiceIsAnError() {
    draft.decisionRights.add(right(DecisionDomain.DEFINITION_CHANGE, List.of("revops"), List.of()));

    errorAt(
        draft.build(),
        "decision_rights[2].domain",
        "duplicate decision domain `definition_change`");
  }

  @Test
  void anUnknownPartyIsAnErrorWhereverItIsNamed() {
    draft.decisionRights.set(
        1, right(DecisionDomain.SLA_CHANGE, List.of("revops"), List.of("sales", "mara")));

    errorAt(
        draft.build(),
        "decision_rights[1].inform[0]",
        "decision domain `sla_change` names unknown party `sales`");
    Problem typo =
        errorAt(
            draft.build(),
            "decision_rights[1].inform[1]",
            "decision domain `sla_change` names unknown party `mara`");
    assertThat(typo.hint()).isEqualTo("did you mean `maria`?");
  }

  @Test
  void aDuplicateGoalIsAnError() {
    draft.goals.add(draft.goals.getFirst());

    errorAt(draft.build(), "goals[1].id", "duplicate goal `pipeline_growth`");
  }

  @Test
  void aGoalMeasuredByAnUnknownKpiIsAnError() {
    draft.goals.set(
        0, goal("pipeline", "2000000", List.of(contribution("marketing", "mql_to_sql"))));

    errorAt(
        draft.build(),
        "goals[0].kpi",
        "goal `pipeline_growth` is measured by unknown KPI `pipeline`");
  }

  @Test
  void aContributionByAnUnknownTeamIsAnError() {
    draft.goals.set(
        0, goal("sourced_pipeline", "2000000", List.of(contribution("sales", "mql_to_sql"))));

    errorAt(
        draft.build(),
        "goals[0].contributions[0].team",
        "goal `pipeline_growth` counts on unknown team `sales`");
  }

  @Test
  void aContributionThroughAnUnknownKpiIsAnError() {
    draft.goals.set(
        0, goal("sourced_pipeline", "2000000", List.of(contribution("marketing", "mqls"))));

    errorAt(
        draft.build(),
        "goals[0].contributions[0].kpi",
        "goal `pipeline_growth` counts on unknown KPI `mqls`");
  }

  @Test
  void aGoalWithoutContributionsIsAWarning() {
    draft.goals.set(0, goal("sourced_pipeline", "2000000", List.of()));

    warningAt(
        draft.build(), "goals[0].contributions", "goal `pipeline_growth` has no contributions");
  }

  @Test
  void aGoalWhoseTargetIsItsBaselineIsAWarning() {
    draft.goals.set(
        0,
        goal("sourced_pipeline", "2400000.00", List.of(contribution("marketing", "mql_to_sql"))));

    warningAt(
        draft.build(),
        "goals[0].baseline",
        "goal `pipeline_growth` aims at 2400000.00, where it already stands");
  }

  private static DecisionRight right(
      DecisionDomain domain, List<String> approve, List<String> inform) {
    return new DecisionRight(domain, List.of("sdr"), approve, List.of(), inform);
  }

  private static Goal goal(String kpi, String baseline, List<Contribution> contributions) {
    return new Goal(
        "pipeline_growth",
        "Sourced pipeline +20%",
        kpi,
        Optional.of(new BigDecimal(baseline)),
        new BigDecimal("2400000"),
        LocalDate.of(2026, 12, 31),
        contributions);
  }

  private static Contribution contribution(String team, String kpi) {
    return new Contribution(team, kpi, BigDecimal.ONE);
  }
}
