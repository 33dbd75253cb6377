package dev.accord.core.scorecard;

import static dev.accord.core.scorecard.Scorecards.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.exception.ExceptionType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * "As of" means what was known then: a scorecard computed as of an instant over all the facts is
 * the scorecard of only the facts that had happened and reached Accord by that instant, whatever
 * arrived later — late imports, back-dated events, changed fields.
 */
class AsOfPropertiesTest {

  private static final List<String> STAGES = List.of("lead", "mql", "sal", "sql", "nurture");
  private static final List<String> SOURCES = List.of("web", "Web", "event", "N/A");

  /** One fact: which record, what it says, when it happened and how long after it was known. */
  record Fact(int kind, int record, int choice, double at, double delay) {
    double known() {
      return at + delay;
    }

    /** The SLA run this fact describes, as it stood at an instant (its stop known by then). */
    SlaRunFact run(String id, double asOfDay) {
      double stopped = at + choice % 5;
      boolean stops = choice % 3 != 0 && stopped <= asOfDay && stopped + delay <= asOfDay;
      return new SlaRunFact(
          id,
          "speed_to_lead",
          day(at),
          day(known()),
          day(at + 1),
          stops ? Optional.of(day(stopped)) : Optional.empty(),
          stops ? Optional.of(day(stopped + delay)) : Optional.empty(),
          stopped > at + 1,
          choice % 7 == 0);
    }

    void into(ScorecardFacts.Builder facts) {
      String id = "r" + record;
      switch (kind) {
        case 0 -> facts.created(id, "lead", day(at), day(known()));
        case 1 -> facts.entered(id, STAGES.get(choice % STAGES.size()), day(at), day(known()));
        case 2 ->
            facts.field(
                id,
                "lead_source",
                Optional.of(SOURCES.get(choice % SOURCES.size())),
                day(at),
                day(known()));
        case 3 -> facts.owner(id, choice % 2 == 0 ? "jake" : "emma", day(at), day(known()));
        case 4 -> facts.firstTouch(id, day(at), day(known()));
        case 5 -> facts.exception(id, ExceptionType.MISSING_REQUIRED_FIELD, day(at), day(known()));
        case 7 -> facts.slaRun(run(id, Double.POSITIVE_INFINITY));
        default -> facts.event(id, day(at), day(known()));
      }
    }
  }

  @Provide
  Arbitrary<List<Fact>> facts() {
    Arbitrary<Fact> fact =
        Combinators.combine(
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 15),
                Arbitraries.integers().between(0, 20),
                Arbitraries.doubles().between(0, 90).ofScale(2),
                Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(3, Arbitraries.just(0.0)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(0, 60).ofScale(2))))
            .as(Fact::new);
    return fact.list().ofMaxSize(120);
  }

  @Property(tries = 200)
  void a_scorecard_as_of_an_instant_is_the_scorecard_of_what_was_known_by_then(
      @ForAll("facts") List<Fact> facts,
      @ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 120) double asOfDay,
      @ForAll boolean inJanuary) {
    ScorecardFacts.Builder all = ScorecardFacts.builder();
    ScorecardFacts.Builder knownThen = ScorecardFacts.builder();
    // A record is created once and first touched once; everything else may come many times.
    java.util.Set<String> once = new java.util.HashSet<>();
    for (Fact fact : facts) {
      if ((fact.kind() == 0 || fact.kind() == 4) && !once.add(fact.kind() + "/" + fact.record())) {
        continue;
      }
      fact.into(all);
      if (fact.at() <= asOfDay && fact.known() <= asOfDay) {
        if (fact.kind() == 7) {
          knownThen.slaRun(fact.run("r" + fact.record(), asOfDay));
        } else {
          fact.into(knownThen);
        }
      }
    }
    ScorecardEngine engine = Scorecards.engine(kpis(), dimensions());
    ScorecardQuery query =
        new ScorecardQuery(
            inJanuary ? Optional.of(Period.parse("2026-01")) : Optional.empty(),
            Optional.of(day(asOfDay)),
            Optional.empty());

    assertThat(engine.compute(all.build(), query))
        .isEqualTo(engine.compute(knownThen.build(), query));
  }

  private static List<Kpi> kpis() {
    return List.of(
        Scorecards.kpi(
            "mqls",
            KpiKind.ACTIVITY,
            new Formula.CountEntering("mql"),
            "count",
            List.of("source", "owner", "month")),
        Scorecards.kpi(
            "mql_to_sql",
            KpiKind.OUTCOME,
            new Formula.Conversion(
                "mql", "sql", ConversionMethod.COHORT, Optional.of(Duration.ofDays(20))),
            "ratio",
            List.of("source", "stage")),
        Scorecards.kpi(
            "flow",
            KpiKind.OUTCOME,
            new Formula.Conversion("lead", "mql", ConversionMethod.FLOW, Optional.empty()),
            "ratio",
            List.of("team")),
        Scorecards.kpi(
            "days",
            KpiKind.ACTIVITY,
            new Formula.DurationBetween("lead", "sal", Statistic.MEDIAN),
            "days",
            List.of("quarter")),
        Scorecards.kpi(
            "speed",
            KpiKind.ACTIVITY,
            new Formula.SpeedToLead(SpeedPart.OWNER, Statistic.MEAN),
            "hours",
            List.of("owner")),
        Scorecards.kpi(
            "rate", KpiKind.ACTIVITY, new Formula.ExceptionRate(), "ratio", List.of("source")),
        Scorecards.kpi(
            "complete",
            KpiKind.ACTIVITY,
            new Formula.FieldCompleteness(List.of("lead_source", "email")),
            "ratio",
            List.of("field")));
  }

  private static List<Dimension> dimensions() {
    return List.of(
        new Dimension("source", "", new Dimension.FieldValue("lead_source"), true),
        new Dimension("owner", "", new Dimension.Builtin(BuiltinDimension.OWNER)),
        new Dimension("team", "", new Dimension.Builtin(BuiltinDimension.TEAM)),
        new Dimension("stage", "", new Dimension.Builtin(BuiltinDimension.STAGE)),
        new Dimension("month", "", new Dimension.Builtin(BuiltinDimension.MONTH)),
        new Dimension("quarter", "", new Dimension.Builtin(BuiltinDimension.QUARTER)),
        new Dimension("field", "", new Dimension.Builtin(BuiltinDimension.FIELD)));
  }
}
