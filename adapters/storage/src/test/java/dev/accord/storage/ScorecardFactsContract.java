package dev.accord.storage;

import static dev.accord.storage.Funnel.assigned;
import static dev.accord.storage.Funnel.called;
import static dev.accord.storage.Funnel.changed;
import static dev.accord.storage.Funnel.created;
import static dev.accord.storage.Funnel.moved;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.scorecard.BuiltinDimension;
import dev.accord.core.scorecard.ConversionMethod;
import dev.accord.core.scorecard.Dimension;
import dev.accord.core.scorecard.Formula;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.scorecard.KpiKind;
import dev.accord.core.scorecard.Metric;
import dev.accord.core.scorecard.Scorecard;
import dev.accord.core.scorecard.ScorecardEngine;
import dev.accord.core.scorecard.ScorecardQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the store gives the scorecard, on every database: records, stage entries, field versions,
 * owners, SLA runs and events, each known from when its event was received — so that a scorecard as
 * of the day of the first import is the one that day saw.
 */
abstract class ScorecardFactsContract {

  private static final Instant FIRST_IMPORT = Instant.parse("2026-01-06T00:00:00Z");
  private static final Instant SECOND_IMPORT = Instant.parse("2026-01-07T00:00:00Z");

  abstract String newDatabase();

  private static final ScorecardEngine ENGINE =
      ScorecardEngine.of(
          1,
          List.of(Funnel.lead()),
          List.of(),
          List.of(
              new Dimension("country", "Country", new Dimension.FieldValue("country")),
              new Dimension("owner", "Owner", new Dimension.Builtin(BuiltinDimension.OWNER))),
          List.of(
              kpi("leads", new Formula.CountEntering("new"), List.of("country")),
              kpi("working", new Formula.CountEntering("working"), List.of("owner")),
              kpi(
                  "new_to_working",
                  new Formula.Conversion(
                      "new", "working", ConversionMethod.COHORT, Optional.empty()),
                  List.of()),
              kpi("first_touch", new Formula.SlaCompliance("first_touch"), List.of()),
              kpi("events_with_exceptions", new Formula.ExceptionRate(), List.of())),
          List.of(),
          List.of());

  private static Kpi kpi(String id, Formula formula, List<String> dimensions) {
    return new Kpi(
        id,
        "",
        "",
        KpiKind.ACTIVITY,
        "sdr",
        Optional.empty(),
        formula,
        "ratio",
        dimensions,
        Optional.empty(),
        List.of());
  }

  @Test
  void theFactsCountWhatWasStoredAndAsOfTheFirstImportWhatWasKnownThen() {
    try (Store store =
        Store.open(newDatabase()).withEngine(Funnel.engine(), 1).withSla(Funnel.sla())) {
      ingest(
          store.withClock(Clock.fixed(FIRST_IMPORT, ZoneOffset.UTC)),
          List.of(
              created("L-1", "a1", 0, "new"),
              changed("L-1", "a2", 0, "country", "DE"),
              assigned("L-1", "a3", 1, "maria"),
              moved("L-1", "a4", 5, "working"),
              called("L-1", "a5", 20),
              created("L-2", "b1", 0, "new"),
              moved("L-2", "b2", 5, "working")));
      // A day later: a lead that had arrived on the first morning, and L-1 moving to France.
      ingest(
          store.withClock(Clock.fixed(SECOND_IMPORT, ZoneOffset.UTC)),
          List.of(created("L-3", "c1", 10, "new"), changed("L-1", "a6", 30, "country", "FR")));

      var facts = store.scorecardFacts();
      Scorecard now = ENGINE.compute(facts, asOf(SECOND_IMPORT.plusSeconds(60)));
      Scorecard then = ENGINE.compute(facts, asOf(FIRST_IMPORT));

      assertThat(facts.recordCount()).isEqualTo(3);
      assertThat(facts.eventCount()).isEqualTo(9);
      assertThat(value(now, "leads")).isEqualTo(3);
      assertThat(breakdown(now, "leads", "country"))
          .isEqualTo(Map.of("FR", 1.0, "(no value)", 2.0));
      assertThat(value(then, "leads")).isEqualTo(2);
      assertThat(breakdown(then, "leads", "country"))
          .isEqualTo(Map.of("DE", 1.0, "(no value)", 1.0));
      // L-2 came with its owner, ana; L-1 was given to maria.
      assertThat(breakdown(now, "working", "owner")).isEqualTo(Map.of("maria", 1.0, "ana", 1.0));
      assertThat(value(now, "new_to_working")).isEqualTo(2 / 3.0);
      assertThat(value(then, "new_to_working")).isEqualTo(1.0);
      // L-1 was touched in time; L-2, never touched, was past due by the first import.
      assertThat(value(then, "first_touch")).isEqualTo(0.5);
      assertThat(value(now, "events_with_exceptions")).isEqualTo(0.0);
    }
  }

  private static ScorecardQuery asOf(Instant instant) {
    return new ScorecardQuery(Optional.empty(), Optional.of(instant), Optional.empty());
  }

  private static void ingest(Store store, List<RecordEvent> events) {
    store.ingest(events, List.of(), Optional.empty());
  }

  private static double value(Scorecard scorecard, String kpi) {
    return scorecard.metric(kpi).map(Metric::value).orElseThrow().orElseThrow();
  }

  private static Map<String, Double> breakdown(Scorecard scorecard, String kpi, String dimension) {
    return scorecard.metric(kpi).orElseThrow().breakdowns().get(dimension);
  }
}
