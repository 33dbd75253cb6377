package dev.accord.core.scorecard;

import dev.accord.core.AccordFixture;
import dev.accord.core.accord.Accord;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A small world for scorecard tests: the fixture accord's lead and opportunity objects, KPIs made
 * up per test, and instants as days after the first of January 2026.
 */
final class Scorecards {

  static final Instant JAN_1 = Instant.parse("2026-01-01T00:00:00Z");

  private Scorecards() {}

  static Instant day(double days) {
    return JAN_1.plus(Duration.ofMillis(Math.round(days * 86_400_000L)));
  }

  static ScorecardEngine engine(List<Kpi> kpis, List<Dimension> dimensions) {
    Accord accord = AccordFixture.acme();
    return ScorecardEngine.of(
        7, accord.objects(), accord.sentinels(), dimensions, kpis, accord.teams(), accord.people());
  }

  static Kpi kpi(String id, KpiKind kind, Formula formula, String unit, List<String> dimensions) {
    return kpi(id, kind, formula, unit, dimensions, Optional.empty(), List.of());
  }

  static Kpi kpi(
      String id,
      KpiKind kind,
      Formula formula,
      String unit,
      List<String> dimensions,
      Optional<Target> target,
      List<String> feeds) {
    return new Kpi(
        id,
        id.replace('_', ' '),
        "",
        kind,
        "revops",
        Optional.empty(),
        formula,
        unit,
        dimensions,
        target,
        feeds);
  }

  /** The KPI, counting the records of another object. */
  static Kpi ofObject(String object, Kpi kpi) {
    return new Kpi(
        kpi.id(),
        kpi.name(),
        kpi.description(),
        kpi.kind(),
        kpi.owner(),
        Optional.of(object),
        kpi.formula(),
        kpi.unit(),
        kpi.dimensions(),
        kpi.target(),
        kpi.feeds());
  }

  static Optional<Target> higher(String green, String amber) {
    return Optional.of(
        new Target(
            new BigDecimal(green), Direction.HIGHER, new BigDecimal(green), new BigDecimal(amber)));
  }

  /** A lead created in a stage on a day, known when it happened. */
  static void lead(ScorecardFacts.Builder facts, String id, double createdDay, String source) {
    facts.created(id, "lead", day(createdDay), day(createdDay));
    facts.entered(id, "lead", day(createdDay), day(createdDay));
    if (source != null) {
      facts.field(id, "lead_source", Optional.of(source), day(createdDay), day(createdDay));
    }
  }

  static void enter(ScorecardFacts.Builder facts, String id, String stage, double onDay) {
    facts.entered(id, stage, day(onDay), day(onDay));
  }

  static double value(Scorecard scorecard, String kpi) {
    return scorecard.metric(kpi).orElseThrow().value().orElseThrow();
  }
}
