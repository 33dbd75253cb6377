package dev.accord.core.scorecard;

import static dev.accord.core.scorecard.Scorecards.day;
import static dev.accord.core.scorecard.Scorecards.engine;
import static dev.accord.core.scorecard.Scorecards.enter;
import static dev.accord.core.scorecard.Scorecards.higher;
import static dev.accord.core.scorecard.Scorecards.kpi;
import static dev.accord.core.scorecard.Scorecards.lead;
import static dev.accord.core.scorecard.Scorecards.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.accord.core.exception.ExceptionType;
import dev.accord.core.field.Condition;
import dev.accord.core.field.Operator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each formula of the vocabulary, given a handful of facts, against figures worked out by hand. */
class ScorecardEngineTest {

  private static final Dimension SOURCE =
      new Dimension("source", "Source", new Dimension.FieldValue("lead_source"), true);
  private static final Dimension MONTH =
      new Dimension("month", "Month", new Dimension.Builtin(BuiltinDimension.MONTH));
  private static final Dimension OWNER =
      new Dimension("owner", "Owner", new Dimension.Builtin(BuiltinDimension.OWNER));
  private static final Dimension FIELD =
      new Dimension("field", "Field", new Dimension.Builtin(BuiltinDimension.FIELD));

  private static ScorecardQuery everything() {
    return ScorecardQuery.everything();
  }

  @Test
  void counts_records_entering_a_stage_once_each_and_breaks_them_down_by_source_ignoring_case() {
    ScorecardFacts.Builder facts = ScorecardFacts.builder();
    lead(facts, "a", 1, "Google");
    lead(facts, "b", 2, "google");
    lead(facts, "c", 3, "N/A"); // a sentinel: no value
    lead(facts, "d", 4, null);
    enter(facts, "a", "mql", 5);
    enter(facts, "a", "nurture", 6);
    enter(facts, "a", "mql", 7); // a second visit is the same record entering again
    enter(facts, "b", "mql", 8);
    enter(facts, "c", "mql", 9);
    Kpi mqls =
        kpi("mqls", KpiKind.ACTIVITY, new Formula.CountEntering("mql"), "count", List.of("source"));

    Scorecard scorecard =
        engine(List.of(mqls), List.of(SOURCE)).compute(facts.build(), everything());

    Metric metric = scorecard.metric("mqls").orElseThrow();
    assertThat(metric.value()).hasValue(3);
    assertThat(metric.breakdowns().get("source"))
        .isEqualTo(Map.of("(no value)", 1.0, "google", 2.0));
    assertThat(scorecard.accordVersion()).isEqualTo(7);
  }

  @Test
  void
      cohort_conversion_counts_the_entrants_of_the_period_reaching_the_next_stage_within_the_window() {
    ScorecardFacts.Builder facts = ScorecardFacts.builder();
    for (String id : List.of("a", "b", "c", "d")) {
      lead(facts, id, 1, "web");
      enter(facts, id, "mql", 2);
    }
    enter(facts, "a", "sql", 10); // within 30 days
    enter(facts, "b", "sql", 40); // too late for the window
    lead(facts, "e", 1, "web");
    enter(facts, "e", "mql", 70); // enters mql after the period
    enter(facts, "e", "sql", 71);
    Kpi cohort =
        kpi(
            "mql_to_sql",
            KpiKind.OUTCOME,
            new Formula.Conversion(
                "mql", "sql", ConversionMethod.COHORT, Optional.of(Duration.ofDays(30))),
            "ratio",
            List.of());
    Kpi flow =
        kpi(
            "mql_to_sql_flow",
            KpiKind.OUTCOME,
            new Formula.Conversion("mql", "sql", ConversionMethod.FLOW, Optional.empty()),
            "ratio",
            List.of());
    ScorecardQuery january =
        new ScorecardQuery(
            Optional.of(Period.parse("2026-01")), Optional.empty(), Optional.empty());

    Scorecard scorecard = engine(List.of(cohort, flow), List.of()).compute(facts.build(), january);

    // Cohort: a of a, b, c, d reached sql within 30 days.
    assertThat(value(scorecard, "mql_to_sql")).isEqualTo(0.25);
    // Flow: January saw 4 entries into mql and 1 into sql (b's came in February).
    assertThat(value(scorecard, "mql_to_sql_flow")).isEqualTo(0.25);
  }

  @Test
  void win_rate_is_won_over_won_and_lost_and_durations_are_median_p90_and_mean() {
    ScorecardFacts.Builder facts = ScorecardFacts.builder();
    double[] cycles = {10, 20, 30, 40};
    for (int i = 0; i < cycles.length; i++) {
      String id = "won" + i;
      facts.created(id, "opportunity", day(0), day(0));
      enter(facts, id, "discovery", 0);
      enter(facts, id, "won", cycles[i]);
      facts.field(id, "amount", Optional.of(String.valueOf(1000 * (i + 1))), day(0), day(0));
    }
    facts.created("lost0", "opportunity", day(0), day(0));
    enter(facts, "lost0", "discovery", 0);
    enter(facts, "lost0", "lost", 5);
    facts.created("open0", "opportunity", day(0), day(0));
    enter(facts, "open0", "discovery", 0);
    facts.field("open0", "amount", Optional.of("500"), day(0), day(0));
    List<Kpi> kpis =
        List.of(
            kpi(
                "win_rate",
                KpiKind.OUTCOME,
                new Formula.WinRate("won", List.of("lost")),
                "ratio",
                List.of()),
            kpi(
                "median",
                KpiKind.OUTCOME,
                new Formula.DurationBetween("discovery", "won", Statistic.MEDIAN),
                "days",
                List.of()),
            kpi(
                "p90",
                KpiKind.OUTCOME,
                new Formula.DurationBetween("discovery", "won", Statistic.P90),
                "days",
                List.of()),
            kpi(
                "mean_hours",
                KpiKind.OUTCOME,
                new Formula.DurationBetween("discovery", "won", Statistic.MEAN),
                "hours",
                List.of()),
            kpi(
                "won_value",
                KpiKind.OUTCOME,
                new Formula.SumOfField("amount", Optional.of("won")),
                "USD",
                List.of()),
            Scorecards.ofObject(
                "opportunity",
                kpi(
                    "created_value",
                    KpiKind.OUTCOME,
                    new Formula.SumOfField("amount", Optional.empty()),
                    "USD",
                    List.of())),
            kpi(
                "open_pipeline",
                KpiKind.OUTCOME,
                new Formula.PipelineValue(
                    "amount", List.of("discovery", "proposal"), Optional.empty()),
                "USD",
                List.of()),
            kpi(
                "velocity",
                KpiKind.OUTCOME,
                new Formula.SalesVelocity("discovery", "won", List.of("lost"), "amount"),
                "USD",
                List.of()));

    Scorecard scorecard = engine(kpis, List.of()).compute(facts.build(), everything());

    assertThat(value(scorecard, "win_rate")).isEqualTo(0.8);
    assertThat(value(scorecard, "median")).isEqualTo(25.0);
    // 90th percentile of 10, 20, 30, 40 by interpolation: rank 2.7 -> 30 + 0.7 * 10.
    assertThat(value(scorecard, "p90")).isCloseTo(37.0, within(1e-9));
    assertThat(value(scorecard, "mean_hours")).isCloseTo(25.0 * 24, within(1e-9));
    assertThat(value(scorecard, "won_value")).isEqualTo(10_000.0);
    assertThat(value(scorecard, "created_value")).isEqualTo(10_500.0);
    assertThat(value(scorecard, "open_pipeline")).isEqualTo(500.0);
    // 6 opportunities x 2,500 mean won value x 0.8 win rate / 25 mean days.
    assertThat(value(scorecard, "velocity")).isCloseTo(6 * 2500 * 0.8 / 25, within(1e-9));
  }

  @Test
  void share_meeting_conditions_and_field_completeness_by_field_label_count_sentinels_as_empty() {
    ScorecardFacts.Builder facts = ScorecardFacts.builder();
    lead(facts, "a", 1, "web");
    facts.field("a", "email", Optional.of("a@example.com"), day(1), day(1));
    facts.field("a", "company", Optional.of("N/A"), day(1), day(1));
    facts.field("a", "employees", Optional.of("5000"), day(1), day(1));
    lead(facts, "b", 1, "web");
    facts.field("b", "email", Optional.of("b@example.com"), day(1), day(1));
    facts.field("b", "company", Optional.of("Initech"), day(1), day(1));
    facts.field("b", "employees", Optional.of("20"), day(1), day(1));
    Kpi completeness =
        kpi(
            "completeness",
            KpiKind.ACTIVITY,
            new Formula.FieldCompleteness(List.of("email", "company")),
            "ratio",
            List.of("field"));
    Kpi enterprise =
        kpi(
            "enterprise",
            KpiKind.OUTCOME,
            new Formula.ShareMeeting(
                List.of(new Condition("employees", Operator.GTE, List.of("1000"))),
                Optional.empty()),
            "ratio",
            List.of());

    Scorecard scorecard =
        engine(List.of(completeness, enterprise), List.of(FIELD))
            .compute(facts.build(), everything());

    assertThat(value(scorecard, "completeness")).isEqualTo(0.75);
    assertThat(scorecard.metric("completeness").orElseThrow().breakdowns().get("field"))
        .isEqualTo(Map.of("Company", 0.5, "Email", 1.0));
    assertThat(value(scorecard, "enterprise")).isEqualTo(0.5);
  }

  @Test
  void sla_compliance_counts_a_run_once_it_is_decided_and_a_breach_from_its_due_instant() {
    ScorecardFacts.Builder facts = ScorecardFacts.builder();
    lead(facts, "met", 1, "web");
    facts.slaRun(
        SlaRunFact.asItHappened(
            "met", "speed_to_lead", day(1), day(2), Optional.of(day(1.5)), false, false));
    lead(facts, "late", 1, "web");
    facts.slaRun(
        SlaRunFact.asItHappened(
            "late", "speed_to_lead", day(1), day(2), Optional.of(day(3)), true, false));
    lead(facts, "gone", 1, "web");
    facts.slaRun(
        SlaRunFact.asItHappened(
            "gone", "speed_to_lead", day(1), day(2), Optional.of(day(1.2)), false, true));
    lead(facts, "open", 1, "web");
    facts.slaRun(
        SlaRunFact.asItHappened(
            "open", "speed_to_lead", day(1), day(9), Optional.empty(), false, false));
    ScorecardFacts built = facts.build();
    ScorecardEngine engine =
        engine(
            List.of(
                kpi(
                    "sla",
                    KpiKind.ACTIVITY,
                    new Formula.SlaCompliance("speed_to_lead"),
                    "ratio",
                    List.of())),
            List.of());

    // Now: met and late are decided, the withdrawn run and the open one are not counted.
    assertThat(value(engine.compute(built, everything()), "sla")).isEqualTo(0.5);
    // Before late's due instant only met was decided.
    ScorecardQuery early =
        new ScorecardQuery(Optional.empty(), Optional.of(day(1.9)), Optional.empty());
    assertThat(value(engine.compute(built, early), "sla")).isEqualTo(1.0);
    // Past late's due instant, before it was stopped: already a breach.
    ScorecardQuery due =
        new ScorecardQuery(Optional.empty(), Optional.of(day(2.5)), Optional.empty());
    assertThat(value(engine.compute(built, due), "sla")).isEqualTo(0.5);
  }

  @Test
  void exception_rate_speed_to_lead_parts_and_owner_breakdown() {
    ScorecardFacts.Builder facts = ScorecardFacts.builder();
    lead(facts, "a", 1, "web");
    facts.owner("a", "jake", day(1).plusSeconds(120), day(1).plusSeconds(120));
    facts.firstTouch("a", day(1).plusSeconds(600), day(1).plusSeconds(600));
    lead(facts, "b", 1, "web");
    facts.owner("b", "emma", day(1).plusSeconds(60), day(1).plusSeconds(60));
    facts.firstTouch("b", day(1).plusSeconds(1860), day(1).plusSeconds(1860));
    for (int e = 0; e < 4; e++) {
      facts.event("a", day(1), day(1));
    }
    facts.exception("a", ExceptionType.MISSING_REQUIRED_FIELD, day(1), day(1));
    List<Kpi> kpis =
        List.of(
            kpi("rate", KpiKind.ACTIVITY, new Formula.ExceptionRate(), "ratio", List.of("owner")),
            kpi(
                "total",
                KpiKind.ACTIVITY,
                new Formula.SpeedToLead(SpeedPart.TOTAL, Statistic.MEAN),
                "minutes",
                List.of("owner")),
            kpi(
                "system",
                KpiKind.ACTIVITY,
                new Formula.SpeedToLead(SpeedPart.SYSTEM, Statistic.MEAN),
                "minutes",
                List.of()),
            kpi(
                "rep",
                KpiKind.ACTIVITY,
                new Formula.SpeedToLead(SpeedPart.OWNER, Statistic.MEAN),
                "minutes",
                List.of()));

    Scorecard scorecard = engine(kpis, List.of(OWNER)).compute(facts.build(), everything());

    assertThat(value(scorecard, "rate")).isEqualTo(0.25);
    assertThat(value(scorecard, "total")).isEqualTo(20.5); // (10 + 31) / 2 minutes
    assertThat(value(scorecard, "system")).isEqualTo(1.5); // (2 + 1) / 2
    assertThat(value(scorecard, "rep")).isEqualTo(19.0); // (8 + 30) / 2
    assertThat(scorecard.metric("total").orElseThrow().breakdowns().get("owner"))
        .isEqualTo(Map.of("emma", 31.0, "jake", 10.0));
  }

  @Test
  void a_period_has_its_previous_period_a_status_and_a_trend() {
    ScorecardFacts.Builder facts = ScorecardFacts.builder();
    for (int i = 0; i < 3; i++) {
      lead(facts, "dec" + i, -10 + i, "web");
    }
    for (int i = 0; i < 5; i++) {
      lead(facts, "jan" + i, 3 + i, "web");
    }
    Kpi leads =
        kpi(
            "leads",
            KpiKind.ACTIVITY,
            new Formula.CountEntering("lead"),
            "count",
            List.of("month"),
            higher("5", "4"),
            List.of());
    ScorecardQuery january =
        new ScorecardQuery(
            Optional.of(Period.parse("2026-01")), Optional.empty(), Optional.empty());

    Metric metric =
        engine(List.of(leads), List.of(MONTH))
            .compute(facts.build(), january)
            .metric("leads")
            .orElseThrow();

    assertThat(metric.value()).hasValue(5);
    assertThat(metric.previous()).hasValue(3);
    assertThat(metric.status()).contains(Status.GREEN);
    assertThat(metric.trend()).contains(Metric.Trend.UP);
    assertThat(metric.improved()).contains(true);
    assertThat(metric.breakdowns().get("month")).containsExactlyEntriesOf(Map.of("2026-01", 5.0));
  }

  @Test
  void as_of_an_instant_counts_only_what_had_happened_and_was_known_by_then() {
    ScorecardFacts.Builder facts = ScorecardFacts.builder();
    lead(facts, "a", 1, "web");
    lead(facts, "b", 2, "web");
    // c happened on day 3 but reached Accord on day 20, in a late import.
    facts.created("c", "lead", day(3), day(20));
    facts.entered("c", "lead", day(3), day(20));
    facts.field("a", "lead_source", Optional.of("event"), day(15), day(15));
    Kpi leads =
        kpi(
            "leads",
            KpiKind.ACTIVITY,
            new Formula.CountEntering("lead"),
            "count",
            List.of("source"));
    ScorecardEngine engine = engine(List.of(leads), List.of(SOURCE));
    ScorecardFacts built = facts.build();

    ScorecardQuery tenth =
        new ScorecardQuery(Optional.empty(), Optional.of(day(10)), Optional.empty());
    Metric then = engine.compute(built, tenth).metric("leads").orElseThrow();
    Metric now = engine.compute(built, everything()).metric("leads").orElseThrow();

    assertThat(then.value()).hasValue(2);
    assertThat(then.breakdowns().get("source")).isEqualTo(Map.of("web", 2.0));
    assertThat(now.value()).hasValue(3);
    assertThat(now.breakdowns().get("source"))
        .isEqualTo(Map.of("(no value)", 1.0, "event", 1.0, "web", 1.0));
  }

  @Test
  void a_green_activity_feeding_a_red_outcome_is_a_watermelon_with_its_chain() {
    ScorecardFacts.Builder facts = ScorecardFacts.builder();
    for (int i = 0; i < 10; i++) {
      lead(facts, "l" + i, 1, "web");
      enter(facts, "l" + i, "mql", 2);
    }
    enter(facts, "l0", "sql", 3);
    List<Kpi> kpis =
        List.of(
            kpi(
                "mqls",
                KpiKind.ACTIVITY,
                new Formula.CountEntering("mql"),
                "count",
                List.of(),
                higher("8", "5"),
                List.of("mql_to_sql")),
            kpi(
                "mql_to_sql",
                KpiKind.OUTCOME,
                new Formula.Conversion("mql", "sql", ConversionMethod.COHORT, Optional.empty()),
                "ratio",
                List.of(),
                higher("0.3", "0.2"),
                List.of()),
            kpi(
                "calls",
                KpiKind.ACTIVITY,
                new Formula.CountEntering("sal"),
                "count",
                List.of(),
                Optional.empty(),
                List.of()));

    Scorecard scorecard = engine(kpis, List.of()).compute(facts.build(), everything());

    assertThat(scorecard.watermelons())
        .extracting(Watermelon::kind, Watermelon::kpi, Watermelon::chain)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Watermelon.Kind.GREEN_OVER_RED, "mqls", List.of("mqls", "mql_to_sql")),
            org.assertj.core.groups.Tuple.tuple(
                Watermelon.Kind.NO_OUTCOME, "calls", List.of("calls")));
    assertThat(scorecard.watermelons().getFirst().explanation())
        .isEqualTo(
            "mqls is green (10 against a target of 8), yet mql to sql, the outcome it feeds, is red"
                + " (10.0% against a target of 30.0%): mqls [green] -> mql to sql [red]. More"
                + " activity is not turning into results.");
    assertThat(scorecard.story())
        .extracting(StoryLine::topic)
        .containsExactly(StoryLine.Topic.WATERMELON, StoryLine.Topic.BOTTLENECK);
    assertThat(scorecard.story().get(1).text())
        .isEqualTo(
            "The bottleneck is mql -> sql (mql to sql): 10.0% against a target of 30.0%, 33% of target.");
  }

  @Test
  void the_funnel_counts_each_stage_of_each_pipeline_by_month() {
    ScorecardFacts.Builder facts = ScorecardFacts.builder();
    for (int i = 0; i < 4; i++) {
      lead(facts, "l" + i, 1, "web");
    }
    enter(facts, "l0", "mql", 2);
    enter(facts, "l1", "mql", 40);

    Scorecard scorecard = engine(List.of(), List.of()).compute(facts.build(), everything());

    Funnel inbound =
        scorecard.funnels().stream()
            .filter(f -> f.pipeline().equals("inbound"))
            .findFirst()
            .orElseThrow();
    assertThat(inbound.months())
        .extracting(Funnel.Month::month)
        .containsExactly("2026-01", "2026-02");
    Funnel.StageRow januaryLeads = inbound.months().getFirst().stages().getFirst();
    assertThat(januaryLeads.stage()).isEqualTo("lead");
    assertThat(januaryLeads.entered()).isEqualTo(4);
    assertThat(januaryLeads.toNext()).hasValue(0.25);
    Funnel deals =
        scorecard.funnels().stream()
            .filter(f -> f.pipeline().equals("new_business"))
            .findFirst()
            .orElseThrow();
    assertThat(deals.amountField()).isEqualTo("amount");
    assertThat(deals.months()).isEmpty();
  }

  @Test
  void breaking_down_by_an_undeclared_dimension_is_refused_naming_the_declared_ones() {
    ScorecardQuery byRegion =
        new ScorecardQuery(Optional.empty(), Optional.empty(), Optional.of("region"));

    assertThatThrownBy(() ->
            engine(List.of(), List.of(SOURCE, OWNER))
                .compute(ScorecardFacts.builder().build(), byRegion))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the accord declares no dimension `region`; declared: source, owner");
  }

  @Test
  void no_facts_give_every_kpi_without_a_value() {
    Kpi leads =
        kpi("leads", KpiKind.ACTIVITY, new Formula.CountEntering("lead"), "count", List.of());

    Scorecard scorecard =
        engine(List.of(leads), List.of()).compute(ScorecardFacts.builder().build(), everything());

    assertThat(scorecard.period()).isEmpty();
    assertThat(scorecard.metric("leads").orElseThrow().value()).isEmpty();
  }
}
