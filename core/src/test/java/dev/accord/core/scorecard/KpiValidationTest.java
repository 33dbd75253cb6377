package dev.accord.core.scorecard;

import static dev.accord.core.AccordFixture.kpi;
import static dev.accord.core.ValidationAssertions.errorAt;
import static dev.accord.core.ValidationAssertions.warningAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.AccordDraft;
import dev.accord.core.AccordFixture;
import dev.accord.core.accord.AccordValidator;
import dev.accord.core.field.Condition;
import dev.accord.core.field.Operator;
import dev.accord.core.shared.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KpiValidationTest {

  private final AccordDraft draft = AccordFixture.draft();

  @Test
  void aDuplicateKpiIsAnError() {
    draft.kpis.add(draft.kpis.getFirst());

    errorAt(draft.build(), "kpis[8].id", "duplicate KPI `mql_volume`");
  }

  @Test
  void countingAnUnknownStageIsAnError() {
    draft.kpis.set(
        0, activity("mql_volume", new Formula.CountEntering("mqls"), List.of("mql_to_sql")));

    Problem problem =
        errorAt(
            draft.build(), "kpis[0].formula.stage", "KPI `mql_volume` counts unknown stage `mqls`");

    assertThat(problem.hint()).isEqualTo("did you mean `mql`?");
  }

  @Test
  void aConversionFromAnUnknownStageIsReportedAtItsFrom() {
    draft.kpis.set(2, outcome("mql_to_sql", conversion("prospect", "sql")));

    errorAt(
        draft.build(), "kpis[2].formula.from", "KPI `mql_to_sql` counts unknown stage `prospect`");
  }

  @Test
  void aDurationToAnUnknownStageIsReportedAtItsTo() {
    draft.kpis.set(
        5,
        activity(
            "time_to_accept",
            new Formula.DurationBetween("mql", "accepted", Statistic.P90),
            List.of("mql_to_sql")));

    errorAt(
        draft.build(),
        "kpis[5].formula.to",
        "KPI `time_to_accept` counts unknown stage `accepted`");
  }

  @Test
  void aConversionFromAStageToItselfIsAnError() {
    draft.kpis.set(2, outcome("mql_to_sql", conversion("mql", "mql")));

    errorAt(
        draft.build(),
        "kpis[2].formula.to",
        "KPI `mql_to_sql` is a conversion from stage `mql` to itself");
  }

  @Test
  void fieldsAreReadInTheObjectOfTheFormulasStages() {
    // `proposal` is an opportunity stage, and opportunities have `amount` but no `lead_score`.
    draft.kpis.set(
        4,
        outcome("sourced_pipeline", new Formula.SumOfField("lead_score", Optional.of("proposal"))));

    errorAt(
        draft.build(),
        "kpis[4].formula.field",
        "KPI `sourced_pipeline` reads unknown field `lead_score`");
  }

  @Test
  void fieldsAreReadInTheObjectTheKpiNames() {
    Kpi base = outcome("sourced_pipeline", new Formula.SumOfField("amount", Optional.empty()));
    draft.kpis.set(4, inObject(base, "opportunity"));

    assertThat(AccordValidator.validate(draft.build())).isEmpty();
  }

  @Test
  void withoutStagesOrObjectFieldsAreReadInTheFirstObject() {
    draft.kpis.set(
        6,
        activity(
            "lead_completeness",
            new Formula.FieldCompleteness(List.of("email", "amount")),
            List.of("mql_to_sql")));

    errorAt(
        draft.build(),
        "kpis[6].formula.fields[1]",
        "KPI `lead_completeness` reads unknown field `amount`");
  }

  @Test
  void aShareConditionOnAnUnknownFieldIsAnError() {
    draft.kpis.set(
        7,
        outcome(
            "enterprise_share",
            new Formula.ShareMeeting(
                List.of(new Condition("headcount", Operator.GTE, List.of("1000"))),
                Optional.of("sql"))));

    errorAt(
        draft.build(),
        "kpis[7].formula.where[0].field",
        "KPI `enterprise_share` tests unknown field `headcount`");
  }

  @Test
  void anUnknownObjectIsAnError() {
    draft.kpis.set(4, inObject(draft.kpis.get(4), "deal"));

    errorAt(draft.build(), "kpis[4].object", "KPI `sourced_pipeline` counts unknown object `deal`");
  }

  @Test
  void slaComplianceOfAnUnknownHandoffIsAnError() {
    draft.kpis.set(
        1,
        activity("speed_to_lead_met", new Formula.SlaCompliance("speed"), List.of("mql_to_sql")));

    errorAt(
        draft.build(),
        "kpis[1].formula.handoff",
        "KPI `speed_to_lead_met` measures unknown handoff `speed`");
  }

  @Test
  void anUnknownDimensionIsAnError() {
    draft.kpis.set(
        0,
        kpi(
            "mql_volume",
            KpiKind.ACTIVITY,
            "marketing",
            new Formula.CountEntering("mql"),
            List.of("source", "region"),
            List.of("mql_to_sql")));

    errorAt(
        draft.build(),
        "kpis[0].dimensions[1]",
        "KPI `mql_volume` is broken down by unknown dimension `region`");
  }

  @Test
  void anUnknownOwnerTeamIsAnError() {
    draft.kpis.set(
        0,
        kpi(
            "mql_volume",
            KpiKind.ACTIVITY,
            "growth",
            new Formula.CountEntering("mql"),
            List.of(),
            List.of("mql_to_sql")));

    errorAt(draft.build(), "kpis[0].owner", "KPI `mql_volume` is owned by unknown team `growth`");
  }

  @Test
  void feedingAnUnknownKpiIsAnError() {
    draft.kpis.set(
        0,
        activity(
            "mql_volume", new Formula.CountEntering("mql"), List.of("mql_to_sql", "pipeline")));

    errorAt(draft.build(), "kpis[0].feeds[1]", "KPI `mql_volume` feeds unknown KPI `pipeline`");
  }

  @Test
  void aKpiFeedingItselfIsAnError() {
    draft.kpis.set(
        0, activity("mql_volume", new Formula.CountEntering("mql"), List.of("mql_volume")));

    errorAt(draft.build(), "kpis[0].feeds[0]", "KPI `mql_volume` feeds itself");
  }

  @Test
  void anActivityKpiThatFeedsNothingIsAWarning() {
    // A green activity nobody links to an outcome is how watermelons grow.
    draft.kpis.set(0, activity("mql_volume", new Formula.CountEntering("mql"), List.of()));

    warningAt(draft.build(), "kpis[0].feeds", "activity KPI `mql_volume` is linked to no outcome");
  }

  @Test
  void amberOnTheBetterSideOfGreenIsAnError() {
    Kpi base = draft.kpis.get(5);
    draft.kpis.set(
        5,
        new Kpi(
            base.id(),
            base.name(),
            base.description(),
            base.kind(),
            base.owner(),
            base.object(),
            base.formula(),
            "minutes",
            base.dimensions(),
            AccordFixture.target("60", Direction.LOWER, "60", "30"),
            base.feeds()));

    Problem problem =
        errorAt(
            draft.build(),
            "kpis[5].target.amber",
            "KPI `time_to_accept` has its amber threshold 30 on the better side of green 60");

    assertThat(problem.hint())
        .isEqualTo("for a KPI that is better lower, set amber at or above green");
  }

  @Test
  void aLoopOfFeedsIsAnError() {
    // mql_to_sql feeds time_to_accept, which feeds mql_to_sql: cause and effect chase each other.
    draft.kpis.set(
        2,
        kpi(
            "mql_to_sql",
            KpiKind.OUTCOME,
            "marketing",
            conversion("mql", "sql"),
            List.of(),
            List.of("time_to_accept")));

    Problem problem =
        errorAt(
            draft.build(),
            "kpis[5].feeds[0]",
            "KPI `time_to_accept` feeds itself through `mql_to_sql` -> `time_to_accept` ->"
                + " `mql_to_sql`");

    assertThat(problem.hint()).startsWith("remove one link of the loop");
  }

  @Test
  void aFieldDimensionOnAFieldNoObjectHasIsAnError() {
    draft.dimensions.set(0, new Dimension("source", "Source", new Dimension.FieldValue("source")));

    Problem problem =
        errorAt(
            draft.build(),
            "dimensions[0].field",
            "dimension `source` reads field `source`, which no object has");

    assertThat(problem.hint())
        .isEqualTo(
            "use one of the known field ids: `email`, `phone`, `company`, `lead_score`,"
                + " `employees`, `country`, `lead_source`, `amount`");
  }

  @Test
  void aDuplicateDimensionIsAnError() {
    draft.dimensions.add(new Dimension("owner", "", new Dimension.Builtin(BuiltinDimension.TEAM)));

    errorAt(draft.build(), "dimensions[2].id", "duplicate dimension `owner`");
  }

  private static Formula conversion(String from, String to) {
    return new Formula.Conversion(from, to, ConversionMethod.FLOW, Optional.empty());
  }

  private static Kpi activity(String id, Formula formula, List<String> feeds) {
    return kpi(id, KpiKind.ACTIVITY, "marketing", formula, List.of(), feeds);
  }

  private static Kpi outcome(String id, Formula formula) {
    return kpi(id, KpiKind.OUTCOME, "marketing", formula, List.of(), List.of());
  }

  private static Kpi inObject(Kpi base, String object) {
    return new Kpi(
        base.id(),
        base.name(),
        base.description(),
        base.kind(),
        base.owner(),
        Optional.of(object),
        base.formula(),
        base.unit(),
        base.dimensions(),
        base.target(),
        base.feeds());
  }
}
