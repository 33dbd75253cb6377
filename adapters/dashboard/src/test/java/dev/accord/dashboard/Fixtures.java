package dev.accord.dashboard;

import dev.accord.core.accord.Accord;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.scorecard.Period;
import dev.accord.core.scorecard.Scorecard;
import dev.accord.core.scorecard.ScorecardFacts;
import dev.accord.core.scorecard.ScorecardQuery;
import dev.accord.yaml.AccordFileReader;
import dev.accord.yaml.DefaultAccord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Real core values for the pages: the default accord and a scorecard computed over facts. */
final class Fixtures {

  static final Accord DEFAULT =
      new AccordFileReader().read("default", DefaultAccord.text()).accord().orElseThrow();

  static final String HOSTILE = "<script>alert('x')</script> & \"friends\"";

  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  private Fixtures() {}

  static Frame frame(Accord accord) {
    return Frame.of(accord, "Priya Shah", "csrf-token-123");
  }

  /**
   * November: 500 MQLs (green against 480) of which 40 became SQLs (8%, red against 30%), so MQL
   * volume is a watermelon; October: 300 MQLs and 90 SQLs. Speed-to-lead runs, half breached.
   */
  static ScorecardFacts facts() {
    ScorecardFacts.Builder facts = ScorecardFacts.builder();
    month(facts, "oct", Instant.parse("2026-10-05T09:00:00Z"), 300, 90);
    month(facts, "nov", Instant.parse("2026-11-02T09:00:00Z"), 500, 40);
    return facts.build();
  }

  private static void month(
      ScorecardFacts.Builder facts, String prefix, Instant start, int mqls, int sqls) {
    for (int i = 0; i < mqls; i++) {
      String id = prefix + "-" + i;
      Instant created = start.plus(Duration.ofMinutes(37L * i));
      facts.created(id, "lead", created, created);
      facts.field(
          id, "lead_source", Optional.of(i % 3 == 0 ? "web" : "paid_search"), created, created);
      facts.field(id, "email", Optional.of(id + "@example.com"), created, created);
      facts.owner(id, i % 2 == 0 ? "jake" : "emma", created, created);
      facts.entered(id, "mql", created.plusSeconds(60), created.plusSeconds(60));
      facts.event(id, created, created);
      Instant due = created.plus(Duration.ofMinutes(15));
      boolean breached = i % 2 == 1;
      facts.slaRun(
          id,
          "speed_to_lead",
          created,
          due,
          Optional.of(breached ? due.plusSeconds(600) : due.minusSeconds(300)),
          breached,
          false);
      if (i < sqls) {
        Instant sql = created.plus(Duration.ofDays(2));
        facts.entered(id, "sql", sql, sql);
      }
    }
  }

  static Scorecard scorecard(Accord accord) {
    return accord
        .scorecardEngine()
        .compute(
            facts(),
            new ScorecardQuery(
                Optional.of(Period.parse("2026-11")), Optional.empty(), Optional.empty()));
  }

  /** The default accord with one KPI renamed to a hostile value. */
  static Accord withKpiName(Accord accord, String kpiId, String name) {
    List<Kpi> kpis =
        accord.kpis().stream()
            .map(k ->
                k.id().equals(kpiId)
                    ? new Kpi(
                        k.id(),
                        name,
                        k.description(),
                        k.kind(),
                        k.owner(),
                        k.object(),
                        k.formula(),
                        k.unit(),
                        k.dimensions(),
                        k.target(),
                        k.feeds())
                    : k)
            .toList();
    return new Accord(
        accord.schemaVersion(),
        accord.info(),
        accord.sentinels(),
        accord.reasonCodes(),
        accord.guardrails(),
        accord.objects(),
        accord.teams(),
        accord.people(),
        accord.calendars(),
        accord.handoffs(),
        accord.routing(),
        accord.dimensions(),
        kpis,
        accord.decisionRights(),
        accord.goals(),
        accord.duplicates(),
        accord.exceptions());
  }
}
