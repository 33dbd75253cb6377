package dev.accord.dashboard;

import dev.accord.core.accord.Accord;
import dev.accord.core.exception.DataQualityKind;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.queue.ExceptionSeverity;
import dev.accord.core.queue.QueueCommand;
import dev.accord.core.queue.QueueOutcome;
import dev.accord.core.queue.QueueStatus;
import dev.accord.core.queue.QueuedException;
import dev.accord.core.queue.Triage;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.scorecard.Period;
import dev.accord.core.scorecard.Scorecard;
import dev.accord.core.scorecard.ScorecardFacts;
import dev.accord.core.scorecard.ScorecardQuery;
import dev.accord.core.scorecard.SlaRunFact;
import dev.accord.core.sla.Compliance;
import dev.accord.core.sla.SlaTimer;
import dev.accord.yaml.AccordFileReader;
import dev.accord.yaml.DefaultAccord;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
          SlaRunFact.asItHappened(
              id,
              "speed_to_lead",
              created,
              due,
              Optional.of(breached ? due.plusSeconds(600) : due.minusSeconds(300)),
              breached,
              false));
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

  /**
   * Three exceptions: a routing failure assigned to Maria with a comment, an overdue SLA breach
   * whose record id is hostile, and a resolved data-quality finding.
   */
  static List<QueuedException> queue() {
    Instant raised = Instant.parse("2026-11-18T10:00:00Z");
    QueuedException routing =
        QueuedException.raised(
            "e1routing0000000000000001",
            new ExceptionCase.RoutingFailure(
                "lead-42", "k1", raised, "mql", List.of("no rule matched")),
            new Triage("revops", ExceptionSeverity.HIGH, raised.plus(Duration.ofDays(3))));
    routing =
        changed(routing.apply(new QueueCommand.Assign("maria", "priya"), raised.plusSeconds(60)));
    routing =
        changed(
            routing.apply(
                new QueueCommand.AddComment("Territory table misses NZ", "maria"),
                raised.plusSeconds(120)));
    QueuedException breach =
        QueuedException.raised(
            "e2breach00000000000000002",
            new ExceptionCase.SlaBreach(
                HOSTILE,
                "k2",
                raised,
                "speed_to_lead",
                raised.minus(Duration.ofHours(1)),
                raised.minus(Duration.ofMinutes(45))),
            new Triage("sdr", ExceptionSeverity.HIGH, raised.plus(Duration.ofDays(1))));
    QueuedException finding =
        QueuedException.raised(
            "e3quality0000000000000003",
            new ExceptionCase.DataQualityFinding(
                "lead-7",
                "k3",
                raised,
                DataQualityKind.SENTINEL,
                "company",
                "N/A",
                "company is N/A"),
            new Triage("revops", ExceptionSeverity.LOW, raised.plus(Duration.ofDays(5))));
    finding =
        changed(
            finding.apply(
                new QueueCommand.Resolve(
                    QueueStatus.RESOLVED, "fixed_in_crm", Optional.of("typed in"), "priya"),
                raised.plusSeconds(300)));
    return List.of(routing, breach, finding);
  }

  private static QueuedException changed(QueueOutcome outcome) {
    return ((QueueOutcome.Changed) outcome).exception();
  }

  static SlaBoard board() {
    Map<String, Map<String, Compliance>> compliance = new LinkedHashMap<>();
    Map<String, Compliance> speed = new LinkedHashMap<>();
    speed.put("jake", new Compliance(40, 3, 1, 0));
    speed.put("emma", new Compliance(30, 9, 1, 1));
    speed.put("", new Compliance(0, 2, 0, 0));
    compliance.put("speed_to_lead", speed);
    compliance.put("sal_acceptance", Map.of("jake", new Compliance(60, 1, 2, 0)));
    Instant start = NOW.minus(Duration.ofHours(3));
    List<SlaRun> runs =
        List.of(
            new SlaRun(
                "lead-1",
                Optional.of("jake"),
                "speed_to_lead",
                1,
                start,
                NOW.plus(Duration.ofMinutes(10)),
                SlaTimer.Status.RUNNING,
                Optional.empty(),
                false),
            new SlaRun(
                "lead-2",
                Optional.of("emma"),
                "sal_acceptance",
                1,
                start,
                NOW.minus(Duration.ofMinutes(30)),
                SlaTimer.Status.RUNNING,
                Optional.empty(),
                true),
            new SlaRun(
                "lead-3",
                Optional.empty(),
                "speed_to_lead",
                2,
                start,
                start.plus(Duration.ofMinutes(15)),
                SlaTimer.Status.MET,
                Optional.of(start.plus(Duration.ofMinutes(50))),
                true));
    return new SlaBoard(compliance, runs, NOW);
  }
}
