package dev.accord.core;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordInfo;
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
import dev.accord.core.lifecycle.Guardrails;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.ReasonCode;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.lifecycle.TransitionKind;
import dev.accord.core.routing.AccountMatch;
import dev.accord.core.routing.Routing;
import dev.accord.core.routing.RoutingRule;
import dev.accord.core.routing.RoutingStrategy;
import dev.accord.core.routing.SkipReason;
import dev.accord.core.routing.TerritoryArea;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A small accord that means something: an inbound lead funnel and a deal pipeline, the SDR handoff
 * with its escalation ladder, territory and round-robin routing, a scorecard whose activity KPIs
 * feed outcomes, decision rights and a goal. It validates without a single problem, so a test
 * breaks exactly one thing in a {@link Draft} and looks for exactly that problem.
 */
public final class AccordFixtures {

  private AccordFixtures() {}

  /** The valid accord as it stands. */
  public static Accord minimalValid() {
    return draft().build();
  }

  /** The valid accord, ready to be broken in one place. */
  public static Draft draft() {
    return new Draft();
  }

  /**
   * The parts of the valid accord as mutable lists, indexed as the comments show, so a test can
   * replace one element and build. Paths in tests refer to these positions.
   */
  public static final class Draft {

    public int schemaVersion = Accord.CURRENT_SCHEMA_VERSION;
    public AccordInfo info = new AccordInfo("Acme revenue accord", 1, "How we run revenue");
    public Guardrails guardrails = Guardrails.defaults();

    /** 0 no_budget, 1 spam, 2 lost_to_competitor. */
    public List<ReasonCode> reasonCodes =
        list(
            new ReasonCode("no_budget", "No budget"),
            new ReasonCode("spam", "Spam"),
            new ReasonCode("lost_to_competitor", "Lost to a competitor"));

    /** objects[0] = lead. fields: 0 email, 1 lead_score, 2 country, 3 lead_source, 4 employees. */
    public List<FieldDefinition> leadFields =
        list(
            field("email", FieldType.EMAIL, List.of(), List.of("sal")),
            field("lead_score", FieldType.NUMBER, List.of(), List.of()),
            field("country", FieldType.ENUM, List.of("US", "CA", "DE", "FR"), List.of()),
            field("lead_source", FieldType.STRING, List.of(), List.of()),
            field("employees", FieldType.NUMBER, List.of(), List.of()));

    /** Pipeline inbound: 0 new (entry), 1 mql, 2 sal, 3 sql (terminal), 4 disqualified. */
    public List<Stage> inboundStages =
        list(
            new Stage("new", "New", "Just arrived.", List.of(), true, false),
            new Stage(
                "mql",
                "MQL",
                "Fit and intent both shown.",
                List.of(new Condition("lead_score", Operator.GTE, List.of("50"))),
                false,
                false),
            new Stage("sal", "SAL", "Sales accepted it.", List.of(), false, false),
            new Stage("sql", "SQL", "Sales qualified it.", List.of(), false, true),
            new Stage("disqualified", "Disqualified", "Not a buyer.", List.of(), false, true));

    /** 0 new->mql, 1 mql->sal, 2 sal->sql, 3 [new,mql,sal]->disqualified, 4 sal->mql. */
    public List<Transition> inboundTransitions =
        list(
            transition(List.of("new"), "mql", TransitionKind.FORWARD),
            transition(List.of("mql"), "sal", TransitionKind.FORWARD),
            transition(List.of("sal"), "sql", TransitionKind.FORWARD),
            new Transition(
                List.of("new", "mql", "sal"),
                "disqualified",
                TransitionKind.DISQUALIFY,
                List.of("no_budget", "spam")),
            transition(List.of("sal"), "mql", TransitionKind.REJECT));

    /** Further pipelines of the lead, after inbound (objects[0].pipelines[1] and on). */
    public List<Pipeline> extraLeadPipelines = new ArrayList<>();

    /** objects[1] = opportunity. fields: 0 amount. */
    public List<FieldDefinition> opportunityFields =
        list(field("amount", FieldType.MONEY, List.of(), List.of("won")));

    /** Pipeline new_business: 0 discovery (entry), 1 proposal, 2 won, 3 lost. */
    public List<Stage> dealStages =
        list(
            new Stage("discovery", "Discovery", "A first meeting held.", List.of(), true, false),
            new Stage("proposal", "Proposal", "A priced proposal sent.", List.of(), false, false),
            new Stage("won", "Won", "Signed.", List.of(), false, true),
            new Stage("lost", "Lost", "Not signed.", List.of(), false, true));

    /** 0 discovery->proposal, 1 proposal->won, 2 [discovery,proposal]->lost. */
    public List<Transition> dealTransitions =
        list(
            transition(List.of("discovery"), "proposal", TransitionKind.FORWARD),
            transition(List.of("proposal"), "won", TransitionKind.FORWARD),
            new Transition(
                List.of("discovery", "proposal"),
                "lost",
                TransitionKind.LOST,
                List.of("no_budget", "lost_to_competitor")));

    /** Further objects, after lead and opportunity (objects[2] and on). */
    public List<ObjectType> extraObjects = new ArrayList<>();

    /** 0 marketing, 1 sdr, 2 revops. */
    public List<Team> teams =
        list(
            new Team(
                "marketing",
                "Marketing",
                Department.MARKETING,
                Optional.of("mia"),
                Optional.empty()),
            new Team(
                "sdr",
                "Sales development",
                Department.SALES,
                Optional.of("sam"),
                Optional.of("us_east")),
            new Team(
                "revops",
                "Revenue operations",
                Department.REVOPS,
                Optional.of("rita"),
                Optional.empty()));

    /** 0 mia (marketing), 1 sam (sdr), 2 sara (sdr), 3 rita (revops). */
    public List<Person> people =
        list(
            person("mia", List.of("marketing")),
            person("sam", List.of("sdr")),
            person("sara", List.of("sdr")),
            person("rita", List.of("revops")));

    /** 0 us_east. */
    public List<BusinessCalendar> calendars =
        list(
            new BusinessCalendar(
                "us_east",
                ZoneId.of("America/New_York"),
                List.of(
                    DayOfWeek.MONDAY,
                    DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY),
                LocalTime.of(9, 0),
                LocalTime.of(17, 0),
                Optional.of("US"),
                List.of(LocalDate.of(2026, 12, 24))));

    /** 0 speed_to_lead (mql -> sal), with the {@link #ladder()}. */
    public List<Handoff> handoffs = list(speedToLead(ladder()));

    /** Routing on entering mql; rules: 0 named_accounts, 1 strategic, 2 by_region, 3 sdr_pool. */
    public List<String> onEntering = list("mql");

    public List<RoutingRule> routingRules =
        list(
            new RoutingRule(
                "named_accounts",
                List.of(new Condition("email", Operator.PRESENT, List.of())),
                new RoutingStrategy.AccountOwner(List.of(AccountMatch.EMAIL_DOMAIN))),
            new RoutingRule(
                "strategic",
                List.of(new Condition("employees", Operator.GTE, List.of("1000"))),
                new RoutingStrategy.NamedOwner("sam")),
            new RoutingRule(
                "by_region",
                List.of(),
                new RoutingStrategy.Territory(
                    "country",
                    List.of(
                        new TerritoryArea("North America", List.of("US", "CA"), "sdr"),
                        new TerritoryArea("Europe", List.of("DE", "FR"), "sara")))),
            new RoutingRule(
                "sdr_pool",
                List.of(),
                new RoutingStrategy.RoundRobin("sdr", List.of(SkipReason.OUT_OF_OFFICE))));

    public Optional<String> fallbackQueue = Optional.of("revops");

    /** 0 source (field lead_source), 1 owner (built-in). */
    public List<Dimension> dimensions =
        list(
            new Dimension("source", "Lead source", new Dimension.FieldValue("lead_source")),
            new Dimension("owner", "Owner", new Dimension.Builtin(BuiltinDimension.OWNER)));

    /**
     * 0 mql_volume, 1 mql_to_sql, 2 speed_to_lead_met, 3 time_to_accept, 4 won_amount, 5
     * email_completeness, 6 enterprise_share.
     */
    public List<Kpi> kpis = new ArrayList<>();

    /** 0 definition_change, 1 sla_change. */
    public List<DecisionRight> decisionRights =
        list(
            new DecisionRight(
                DecisionDomain.DEFINITION_CHANGE,
                List.of("marketing", "sdr"),
                List.of("rita"),
                List.of("sam"),
                List.of("revops")),
            new DecisionRight(
                DecisionDomain.SLA_CHANGE,
                List.of("sdr"),
                List.of("revops"),
                List.of(),
                List.of("marketing")));

    /** 0 pipeline_growth. */
    public List<Goal> goals =
        list(
            new Goal(
                "pipeline_growth",
                "Won amount +20% this year",
                "won_amount",
                Optional.of(new BigDecimal("2000000")),
                new BigDecimal("2400000"),
                LocalDate.of(2026, 12, 31),
                List.of(
                    new Contribution("marketing", "mql_to_sql", new BigDecimal("0.3")),
                    new Contribution("sdr", "speed_to_lead_met", new BigDecimal("0.95")))));

    private Draft() {
      kpis.addAll(
          List.of(
              kpi(
                  "mql_volume",
                  KpiKind.ACTIVITY,
                  "marketing",
                  new Formula.CountEntering("mql"),
                  List.of("source", "owner"),
                  List.of("mql_to_sql")),
              kpi(
                  "mql_to_sql",
                  KpiKind.OUTCOME,
                  "marketing",
                  new Formula.Conversion("mql", "sql", ConversionMethod.COHORT, Optional.empty()),
                  List.of("source"),
                  List.of()),
              kpi(
                  "speed_to_lead_met",
                  KpiKind.ACTIVITY,
                  "sdr",
                  new Formula.SlaCompliance("speed_to_lead"),
                  List.of("owner"),
                  List.of("mql_to_sql")),
              kpi(
                  "time_to_accept",
                  KpiKind.ACTIVITY,
                  "sdr",
                  new Formula.DurationBetween("mql", "sal", Statistic.MEDIAN),
                  List.of(),
                  List.of("mql_to_sql")),
              kpi(
                  "won_amount",
                  KpiKind.OUTCOME,
                  "revops",
                  new Formula.SumOfField("amount", Optional.of("won")),
                  List.of(),
                  List.of()),
              kpi(
                  "email_completeness",
                  KpiKind.ACTIVITY,
                  "revops",
                  new Formula.FieldCompleteness(List.of("email", "country")),
                  List.of(),
                  List.of("mql_to_sql")),
              kpi(
                  "enterprise_share",
                  KpiKind.OUTCOME,
                  "marketing",
                  new Formula.ShareMeeting(
                      List.of(new Condition("employees", Operator.GTE, List.of("1000"))),
                      Optional.of("sql")),
                  List.of(),
                  List.of())));
    }

    /** The accord these parts make. */
    public Accord build() {
      List<Pipeline> leadPipelines = new ArrayList<>();
      leadPipelines.add(
          new Pipeline("inbound", "Inbound funnel", inboundStages, inboundTransitions));
      leadPipelines.addAll(extraLeadPipelines);
      List<ObjectType> objects = new ArrayList<>();
      objects.add(new ObjectType("lead", "Lead", leadFields, leadPipelines));
      objects.add(
          new ObjectType(
              "opportunity",
              "Opportunity",
              opportunityFields,
              List.of(new Pipeline("new_business", "New business", dealStages, dealTransitions))));
      objects.addAll(extraObjects);
      return new Accord(
          schemaVersion,
          info,
          List.of("N/A", "unknown"),
          reasonCodes,
          guardrails,
          objects,
          teams,
          people,
          calendars,
          handoffs,
          new Routing(onEntering, routingRules, fallbackQueue),
          dimensions,
          kpis,
          decisionRights,
          goals);
    }
  }

  public static FieldDefinition field(
      String id, FieldType type, List<String> values, List<String> requiredIn) {
    return new FieldDefinition(id, id.replace('_', ' '), type, values, List.of(), requiredIn);
  }

  public static Transition transition(List<String> from, String to, TransitionKind kind) {
    return new Transition(from, to, kind, List.of());
  }

  public static Person person(String id, List<String> teams) {
    return new Person(
        id,
        id,
        Optional.of(id + "@example.com"),
        teams,
        List.of(Role.MEMBER),
        Optional.of(ZoneId.of("America/New_York")),
        OptionalInt.of(40),
        1,
        true);
  }

  /** The escalation ladder of speed_to_lead: 0 at 50%, 1 at breach, 2 at breach+1h. */
  public static List<EscalationStep> ladder() {
    return List.of(
        new EscalationStep(
            new EscalationTrigger.ShareOfSla(50), EscalationAction.REMIND, List.of("owner")),
        new EscalationStep(
            new EscalationTrigger.AfterBreach(BusinessDuration.minutes(0)),
            EscalationAction.NOTIFY,
            List.of("manager")),
        new EscalationStep(
            new EscalationTrigger.AfterBreach(BusinessDuration.hours(1)),
            EscalationAction.OPEN_EXCEPTION,
            List.of("revops", "rita")));
  }

  /** The speed-to-lead handoff from MQL to SAL, with the given escalation ladder. */
  public static Handoff speedToLead(List<EscalationStep> escalation) {
    return new Handoff(
        "speed_to_lead",
        "Speed to lead",
        "mql",
        "sal",
        "sdr",
        BusinessDuration.minutes(15),
        "us_east",
        SlaStart.ASSIGNMENT,
        SlaMeasure.FIRST_TOUCH,
        List.of(),
        false,
        List.of("email"),
        escalation);
  }

  /** A KPI with a target of 400, better higher, amber from 320. */
  public static Kpi kpi(
      String id,
      KpiKind kind,
      String owner,
      Formula formula,
      List<String> dimensions,
      List<String> feeds) {
    return new Kpi(
        id,
        id.replace('_', ' '),
        "",
        kind,
        owner,
        Optional.empty(),
        formula,
        "count",
        dimensions,
        Optional.of(target(Direction.HIGHER, "400", "320")),
        feeds);
  }

  public static Target target(Direction better, String green, String amber) {
    return new Target(new BigDecimal(green), better, new BigDecimal(green), new BigDecimal(amber));
  }

  @SafeVarargs
  private static <T> List<T> list(T... elements) {
    List<T> list = new ArrayList<>(elements.length);
    for (T element : elements) {
      list.add(element);
    }
    return list;
  }
}
