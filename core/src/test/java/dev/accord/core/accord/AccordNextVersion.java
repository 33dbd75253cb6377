package dev.accord.core.accord;

import static dev.accord.core.AccordFixture.target;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import dev.accord.core.AccordDraft;
import dev.accord.core.AccordDraft.ObjectDraft;
import dev.accord.core.AccordDraft.PipelineDraft;
import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.field.Condition;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.field.FieldType;
import dev.accord.core.field.Operator;
import dev.accord.core.governance.Contribution;
import dev.accord.core.governance.DecisionDomain;
import dev.accord.core.governance.DecisionRight;
import dev.accord.core.governance.Goal;
import dev.accord.core.lifecycle.Enforcement;
import dev.accord.core.lifecycle.Guardrails;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.ReasonCode;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.lifecycle.TransitionKind;
import dev.accord.core.routing.Routing;
import dev.accord.core.routing.RoutingRule;
import dev.accord.core.routing.RoutingStrategy;
import dev.accord.core.routing.SkipReason;
import dev.accord.core.scorecard.BuiltinDimension;
import dev.accord.core.scorecard.ConversionMethod;
import dev.accord.core.scorecard.Dimension;
import dev.accord.core.scorecard.Direction;
import dev.accord.core.scorecard.Formula;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.scorecard.KpiKind;
import dev.accord.core.scorecard.Statistic;
import dev.accord.core.scorecard.Target;
import dev.accord.core.sla.EscalationAction;
import dev.accord.core.sla.EscalationStep;
import dev.accord.core.sla.EscalationTrigger;
import dev.accord.core.sla.Handoff;
import dev.accord.core.sla.SlaMeasure;
import dev.accord.core.sla.SlaStart;
import dev.accord.core.team.Department;
import dev.accord.core.team.Person;
import dev.accord.core.team.Role;
import dev.accord.core.team.Team;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The next version of the Acme accord after a busy quarter: something changed in every area, so
 * that the diff between the two shows how each kind of change reads. It is written as the changes
 * made to the Acme accord; what is not changed here stays as it was.
 */
final class AccordNextVersion {

  private AccordNextVersion() {}

  static Accord of(Accord acme) {
    return AccordEdits.with(
        acme,
        next -> {
          next.info = new AccordInfo("Acme revenue accord 2027", 4, "What we agreed for 2027.");
          next.sentinels.remove("-");
          next.sentinels.add("TBD");
          next.reasonCodes.set(0, new ReasonCode("no_budget", "No budget this year"));
          next.reasonCodes.removeIf(code -> code.id().equals("spam"));
          next.reasonCodes.add(new ReasonCode("competitor", "Chose a competitor"));
          next.guardrails =
              new Guardrails(
                  Enforcement.BLOCK,
                  Enforcement.BLOCK,
                  Enforcement.BLOCK,
                  Enforcement.FLAG,
                  Duration.ofHours(2));
          changeTheLead(next.lead());
          // The opportunity leaves the accord; partner deals come in.
          next.objects.set(1, ObjectDraft.of(partner()));
          changeTheTeams(next);
          changeThePeople(next);
          next.calendars =
              List.of(
                  new BusinessCalendar(
                      "us_east",
                      ZoneId.of("America/Chicago"),
                      List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY),
                      LocalTime.of(8, 0),
                      LocalTime.of(17, 0),
                      Optional.empty(),
                      List.of(LocalDate.of(2026, 12, 31))),
                  new BusinessCalendar(
                      "emea",
                      ZoneId.of("Europe/Berlin"),
                      List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY),
                      LocalTime.of(9, 0),
                      LocalTime.of(18, 0),
                      Optional.of("DE"),
                      List.of()));
          changeTheHandoffs(next);
          next.routing(
              new Routing(
                  List.of("mql", "partner_lead"),
                  List.of(
                      new RoutingRule(
                          "sdr_pool",
                          List.of(new Condition("country", Operator.IN, List.of("US", "CA"))),
                          new RoutingStrategy.RoundRobin("sdr", List.of(SkipReason.values()))),
                      new RoutingRule(
                          "strategic",
                          List.of(new Condition("employees", Operator.GTE, List.of("500"))),
                          new RoutingStrategy.RoundRobin("ae", List.of())),
                      new RoutingRule(
                          "partners",
                          List.of(new Condition("lead_source", Operator.EQ, List.of("partner"))),
                          new RoutingStrategy.NamedOwner("sam"))),
                  Optional.of("sdr")));
          next.dimensions.set(
              0, new Dimension("source", "Source", new Dimension.Builtin(BuiltinDimension.TEAM)));
          next.dimensions.add(
              new Dimension("region", "Region", new Dimension.FieldValue("country")));
          changeTheKpis(next);
          next.decisionRights =
              List.of(
                  new DecisionRight(
                      DecisionDomain.DEFINITION_CHANGE,
                      List.of("marketing", "sdr", "ae"),
                      List.of("revops"),
                      List.of(),
                      List.of("maria", "sam")),
                  new DecisionRight(
                      DecisionDomain.ROUTING_CHANGE,
                      List.of("sdr"),
                      List.of("revops"),
                      List.of("ae"),
                      List.of()));
          next.goals =
              List.of(
                  new Goal(
                      "pipeline_growth",
                      "Sourced pipeline +25% next year",
                      "mql_to_sql",
                      Optional.empty(),
                      new BigDecimal("2400000.00"),
                      LocalDate.of(2027, 12, 31),
                      List.of(
                          new Contribution("marketing", "mql_volume", new BigDecimal("520")),
                          new Contribution("partners", "mql_volume", new BigDecimal("60")))));
        });
  }

  /**
   * New field rules; sal becomes sales_accepted, mql an entry, nurture an end, and a meeting stage
   * follows sql.
   */
  private static void changeTheLead(ObjectDraft lead) {
    lead.name = "Lead";
    lead.fields =
        List.of(
            new FieldDefinition(
                "email", "Email address", FieldType.EMAIL, List.of(), List.of(), List.of("mql")),
            new FieldDefinition(
                "phone", "Phone", FieldType.PHONE, List.of(), List.of(), List.of("sales_accepted")),
            new FieldDefinition(
                "company",
                "Company",
                FieldType.STRING,
                List.of(),
                List.of(),
                List.of("sales_accepted")),
            new FieldDefinition(
                "lead_score", "Lead score", FieldType.STRING, List.of(), List.of(), List.of()),
            new FieldDefinition(
                "country",
                "Country",
                FieldType.ENUM,
                List.of("US", "CA", "DE", "FR", "GB", "NL"),
                List.of("??"),
                List.of()),
            new FieldDefinition(
                "lead_source",
                "Lead source",
                FieldType.ENUM,
                List.of("web", "partner", "webinar"),
                List.of(),
                List.of()));
    PipelineDraft inbound = lead.pipelines.getFirst();
    Stage nurture = stage(inbound, "nurture");
    inbound.name = "Inbound";
    inbound.stages =
        List.of(
            stage(inbound, "lead"),
            new Stage(
                "mql",
                "MQL",
                "Fit and intent both shown: a score of 60 and up.",
                List.of(
                    new Condition("lead_score", Operator.GTE, List.of("60")),
                    new Condition("employees", Operator.PRESENT, List.of())),
                true,
                false),
            new Stage(
                "sales_accepted",
                "SAL",
                "An SDR accepted the lead and works it.",
                List.of(),
                false,
                false),
            new Stage(
                nurture.id(),
                nurture.name(),
                nurture.definition(),
                nurture.entryCriteria(),
                nurture.entry(),
                true),
            stage(inbound, "sql"),
            stage(inbound, "disqualified"),
            new Stage(
                "meeting",
                "Meeting booked",
                "A first meeting is in the calendar.",
                List.of(),
                false,
                false));
    inbound.transitions =
        List.of(
            inbound.transitions.getFirst(),
            new Transition(List.of("mql"), "sales_accepted", TransitionKind.FORWARD, List.of()),
            new Transition(List.of("sales_accepted"), "sql", TransitionKind.FORWARD, List.of()),
            new Transition(List.of("sql"), "meeting", TransitionKind.FORWARD, List.of()),
            new Transition(
                List.of("sales_accepted"), "mql", TransitionKind.RECYCLE, List.of("not_ready")),
            new Transition(
                List.of("mql", "sales_accepted"), "nurture", TransitionKind.RECYCLE, List.of()),
            new Transition(
                List.of("mql", "sales_accepted", "sql", "meeting"),
                "disqualified",
                TransitionKind.DISQUALIFY,
                List.of("no_budget", "competitor")));
  }

  private static ObjectType partner() {
    return new ObjectType(
        "partner_deal",
        "Partner deal",
        List.of(),
        List.of(
            new Pipeline(
                "partner",
                "Partner",
                List.of(new Stage("partner_lead", "Partner lead", "", List.of(), true, false)),
                List.of())));
  }

  /** Marketing is renamed, Alex manages the SDRs, finance is gone and partners come in. */
  private static void changeTheTeams(AccordDraft next) {
    next.teams.set(
        0,
        new Team(
            "marketing",
            "Demand generation",
            Department.MARKETING,
            Optional.empty(),
            Optional.empty()));
    next.teams.set(
        1,
        new Team(
            "sdr", "Sales development", Department.SALES, Optional.of("alex"), Optional.empty()));
    next.teams.removeIf(team -> team.id().equals("finance"));
    next.teams.add(
        new Team("partners", "Partner team", Department.SALES, Optional.empty(), Optional.empty()));
  }

  /** Alex left, Maria took on more, and Sam joined the new partner team. */
  private static void changeThePeople(AccordDraft next) {
    next.people.removeIf(person -> person.id().equals("alex"));
    next.people.replaceAll(person ->
        person.id().equals("maria")
            ? new Person(
                "maria",
                "Maria Lopez",
                Optional.of("maria.lopez@acme.example"),
                List.of("sdr", "ae"),
                List.of(Role.MANAGER, Role.ADMIN),
                Optional.of(ZoneId.of("America/Chicago")),
                OptionalInt.of(30),
                2,
                true)
            : person);
    next.people.add(
        new Person(
            "sam",
            "Sam Patel",
            Optional.empty(),
            List.of("partners"),
            List.of(Role.MEMBER),
            Optional.empty(),
            OptionalInt.empty(),
            1,
            true));
  }

  /**
   * Speed to lead is redone from scratch, SAL acceptance gets 8 hours instead of a day, rejection
   * feedback is dropped and booking a meeting gets an SLA.
   */
  private static void changeTheHandoffs(AccordDraft next) {
    Handoff acceptance = next.handoffs.get(1);
    next.handoffs =
        List.of(
            new Handoff(
                "speed_to_lead",
                "Speed to lead",
                "mql",
                "sales_accepted",
                "ae",
                BusinessDuration.hours(1),
                "emea",
                SlaStart.STAGE_ENTRY,
                SlaMeasure.ACCEPTANCE,
                List.of("nurture"),
                true,
                List.of("phone"),
                List.of(
                    new EscalationStep(
                        new EscalationTrigger.ShareOfSla(50),
                        EscalationAction.NOTIFY,
                        List.of("owner", "manager")),
                    new EscalationStep(
                        new EscalationTrigger.ShareOfSla(75),
                        EscalationAction.REMIND,
                        List.of("owner")),
                    new EscalationStep(
                        new EscalationTrigger.AfterBreach(BusinessDuration.hours(1)),
                        EscalationAction.REASSIGN,
                        List.of()))),
            new Handoff(
                acceptance.id(),
                acceptance.name(),
                acceptance.from(),
                "sales_accepted",
                acceptance.owner(),
                BusinessDuration.hours(8),
                acceptance.calendar(),
                acceptance.startsOn(),
                acceptance.metBy(),
                acceptance.pauseIn(),
                acceptance.restartOnActivity(),
                acceptance.requiredFields(),
                acceptance.escalation()),
            new Handoff(
                "meeting_booked",
                "Meeting booked",
                "sql",
                "meeting",
                "ae",
                BusinessDuration.days(3),
                "us_east",
                SlaStart.ASSIGNMENT,
                SlaMeasure.STAGE_EXIT,
                List.of(),
                false,
                List.of(),
                List.of()));
  }

  /**
   * MQL to SQL is redone, MQL volume counts as an outcome without a target, sourced pipeline gets
   * one, time to SAL takes the place of time to accept, and speed to lead and win rate are dropped;
   * the completeness and share KPIs stay as they were.
   */
  private static void changeTheKpis(AccordDraft next) {
    Kpi volume = kpi(next, "mql_volume");
    Kpi pipeline = kpi(next, "sourced_pipeline");
    next.kpis.removeIf(kpi -> !List.of("lead_completeness", "enterprise_share").contains(kpi.id()));
    next.kpis.addAll(
        0,
        List.of(
            new Kpi(
                "mql_to_sql",
                "MQL to SQL rate",
                "Share of MQLs that reach SQL.",
                KpiKind.OUTCOME,
                "sdr",
                Optional.of("lead"),
                new Formula.Conversion("mql", "sql", ConversionMethod.FLOW, Optional.empty()),
                "ratio",
                List.of("owner", "region"),
                target("0.3", Direction.HIGHER, "0.32", "0.25"),
                List.of()),
            outcome(volume, Optional.empty()),
            new Kpi(
                "time_to_sal",
                "Time to SAL",
                "",
                KpiKind.ACTIVITY,
                "sdr",
                Optional.empty(),
                new Formula.DurationBetween("mql", "sales_accepted", Statistic.P90),
                "hours",
                List.of(),
                target("4", Direction.LOWER, "4", "8"),
                List.of("mql_to_sql")),
            outcome(pipeline, target("2400000", Direction.HIGHER, "2400000", "2000000"))));
  }

  private static Stage stage(PipelineDraft pipeline, String id) {
    return pipeline.stages.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static Kpi kpi(AccordDraft draft, String id) {
    return draft.kpis.stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
  }

  /** The KPI as an outcome with the given target, all else as it was. */
  private static Kpi outcome(Kpi kpi, Optional<Target> target) {
    return new Kpi(
        kpi.id(),
        kpi.name(),
        kpi.description(),
        KpiKind.OUTCOME,
        kpi.owner(),
        kpi.object(),
        kpi.formula(),
        kpi.unit(),
        kpi.dimensions(),
        target,
        kpi.feeds());
  }
}
