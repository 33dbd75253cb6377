package dev.accord.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.scorecard.Scorecard;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scorecard benchmark on a small funnel: the engine and the SQL baseline agree on every figure
 * before anything is timed, and a figure that differs is caught.
 */
class ScorecardBenchmarkTest {

  private static final long EVENTS = 5_000;

  @Test
  void the_engine_and_duckdb_agree_on_every_kpi_breakdown_and_funnel() throws Exception {
    ScorecardBenchmark benchmark = new ScorecardBenchmark();
    benchmark.events = EVENTS;

    benchmark.prepare();

    Scorecard scorecard = benchmark.engine();
    ScorecardSql.Answer answer = benchmark.duckdb();
    assertThat(scorecard.metrics()).hasSize(answer.totals().size());
    assertThat(answer.totals().get("mql_volume")).isGreaterThan(0);
    assertThat(answer.breakdowns().get("mql_volume")).containsKeys("source", "month", "quarter");
    assertThat(answer.funnel()).isNotEmpty();
    assertThat(ScorecardRig.differences(scorecard, answer)).isEmpty();
  }

  @Test
  void a_figure_duckdb_counts_otherwise_is_a_difference() throws Exception {
    ScorecardRig rig = ScorecardRig.of(EVENTS);
    ScorecardSql.Answer answer = rig.duckdb();
    Map<String, Double> totals = new HashMap<>(answer.totals());
    totals.computeIfPresent("won_revenue", (kpi, value) -> value * (1 + 1e-6));
    ScorecardSql.Answer wrong =
        new ScorecardSql.Answer(totals, answer.breakdowns(), answer.funnel());

    assertThat(ScorecardRig.differences(rig.engine(), wrong))
        .singleElement()
        .asString()
        .startsWith("won_revenue: engine ");
  }
}
