package dev.accord.core.accord;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

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
 * that the diff between the two shows how each kind of change reads.
 */
final class AccordNextVersion {

  private AccordNextVersion() {}

  static Accord of(Accord acme) {
    return AccordEdits.with(
        acme,
        next -> {
          next.info = new AccordInfo("Acme revenue accord 2027", 4, "What we agreed for 2027.");
          next.sentinels = List.of("N/A", "TBD");
          next.reasonCodes =
              List.of(
                  new ReasonCode("no_budget", "No budget this year"),
                  new ReasonCode("bad_fit", "Bad fit"),
                  new ReasonCode("not_ready", "Not ready to buy"),
                  new ReasonCode("competitor", "Chose a competitor"));
          next.guardrails =
              new Guardrails(
                  Enforcement.BLOCK,
                  Enforcement.BLOCK,
                  Enforcement.BLOCK,
                  Enforcement.FLAG,
                  Duration.ofHours(2));
          next.objects = List.of(lead(acme.object("lead").orElseThrow()), partner());
          next.teams =
              List.of(
                  new Team(
                      "marketing",
                      "Demand generation",
                      Department.MARKETING,
                      Optional.empty(),
                      Optional.empty()),
                  new Team(
                      "sdr",
                      "Sales development",
                      Department.SALES,
                      Optional.of("alex"),
                      Optional.empty()),
                  new Team(
                      "ae",
                      "Account executives",
                      Department.SALES,
                      Optional.empty(),
                      Optional.of("us_east")),
                  new Team(
                      "revops",
                      "Revenue operations",
                      Department.REVOPS,
                      Optional.empty(),
                      Optional.empty()),
                  new Team(
                      "partners",
                      "Partner team",
                      Department.SALES,
                      Optional.empty(),
                      Optional.empty()));
          next.people =
              List.of(
                  new Person(
                      "maria",
                      "Maria Lopez",
                      Optional.of("maria.lopez@acme.example"),
                      List.of("sdr", "ae"),
                      List.of(Role.MANAGER, Role.ADMIN),
                      Optional.of(ZoneId.of("America/Chicago")),
                      OptionalInt.of(30),
                      2,
                      true),
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
          next.handoffs = handoffs();
          next.routing =
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
                  Optional.of("sdr"));
          next.dimensions =
              List.of(
                  new Dimension("source", "Source", new Dimension.Builtin(BuiltinDimension.TEAM)),
                  new Dimension("owner", "Owner", new Dimension.Builtin(BuiltinDimension.OWNER)),
                  new Dimension("region", "Region", new Dimension.FieldValue("country")));
          next.kpis = kpis();
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

  private static ObjectType lead(ObjectType lead) {
    Pipeline inbound = lead.pipelines().getFirst();
    return new ObjectType(
        "lead",
        "Lead",
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
                List.of())),
        List.of(
            new Pipeline(
                "inbound",
                "Inbound",
                List.of(
                    new Stage(
                        "lead",
                        "Lead",
                        "Someone we can reach, not yet qualified.",
                        List.of(),
                        true,
                        false),
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
                        "nurture",
                        "Nurture",
                        "Not ready now; marketing keeps in touch.",
                        List.of(),
                        false,
                        true),
                    new Stage(
                        "sql",
                        "SQL",
                        "Budget, authority, need and timing confirmed in a call.",
                        List.of(new Condition("company", Operator.PRESENT, List.of())),
                        false,
                        false),
                    new Stage(
                        "disqualified",
                        "Disqualified",
                        "Will not buy from us.",
                        List.of(),
                        false,
                        true),
                    new Stage(
                        "meeting",
                        "Meeting booked",
                        "A first meeting is in the calendar.",
                        List.of(),
                        false,
                        false)),
                List.of(
                    inbound.transitions().get(0),
                    new Transition(
                        List.of("mql"), "sales_accepted", TransitionKind.FORWARD, List.of()),
                    new Transition(
                        List.of("sales_accepted"), "sql", TransitionKind.FORWARD, List.of()),
                    new Transition(List.of("sql"), "meeting", TransitionKind.FORWARD, List.of()),
                    new Transition(
                        List.of("sales_accepted"),
                        "mql",
                        TransitionKind.RECYCLE,
                        List.of("not_ready")),
                    new Transition(
                        List.of("mql", "sales_accepted"),
                        "nurture",
                        TransitionKind.RECYCLE,
                        List.of()),
                    new Transition(
                        List.of("mql", "sales_accepted", "sql", "meeting"),
                        "disqualified",
                        TransitionKind.DISQUALIFY,
                        List.of("no_budget", "competitor"))))));
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

  private static List<Handoff> handoffs() {
    return List.of(
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
            "sal_acceptance",
            "SAL acceptance",
            "mql",
            "sales_accepted",
            "sdr",
            BusinessDuration.hours(8),
            "us_east",
            SlaStart.STAGE_ENTRY,
            SlaMeasure.ACCEPTANCE,
            List.of("nurture"),
            false,
            List.of(),
            List.of(
                new EscalationStep(
                    new EscalationTrigger.AfterBreach(BusinessDuration.minutes(0)),
                    EscalationAction.NOTIFY,
                    List.of("manager")))),
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

  private static List<Kpi> kpis() {
    return List.of(
        new Kpi(
            "mql_to_sql",
            "MQL to SQL rate",
            "Share of MQLs that reach SQL.",
            KpiKind.OUTCOME,
            "sdr",
            Optional.of("lead"),
            new Formula.Conversion(
                "mql", "sql", dev.accord.core.scorecard.ConversionMethod.FLOW, Optional.empty()),
            "ratio",
            List.of("owner", "region"),
            target("0.3", Direction.HIGHER, "0.32", "0.25"),
            List.of()),
        new Kpi(
            "mql_volume",
            "MQLs",
            "Leads that became MQLs.",
            KpiKind.OUTCOME,
            "marketing",
            Optional.empty(),
            new Formula.CountEntering("mql"),
            "count",
            List.of("source"),
            Optional.empty(),
            List.of("mql_to_sql")),
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
        new Kpi(
            "sourced_pipeline",
            "Sourced pipeline",
            "",
            KpiKind.OUTCOME,
            "revops",
            Optional.of("opportunity"),
            new Formula.SumOfField("amount", Optional.of("proposal")),
            "currency",
            List.of(),
            target("2400000", Direction.HIGHER, "2400000", "2000000"),
            List.of()));
  }

  private static Optional<Target> target(
      String value, Direction better, String green, String amber) {
    return Optional.of(
        new Target(new BigDecimal(value), better, new BigDecimal(green), new BigDecimal(amber)));
  }
}
