package dev.accord.core;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import dev.accord.core.AccordDraft.ObjectDraft;
import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordInfo;
import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.duplicate.DuplicateRule;
import dev.accord.core.duplicate.DuplicateSignal;
import dev.accord.core.field.Condition;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.field.FieldType;
import dev.accord.core.field.Operator;
import dev.accord.core.governance.Contribution;
import dev.accord.core.governance.DecisionDomain;
import dev.accord.core.governance.DecisionRight;
import dev.accord.core.governance.Goal;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.ReasonCode;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.lifecycle.TransitionKind;
import dev.accord.core.routing.AccountMatch;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The accord of a fictional company, Acme, that the tests of the core start from: an inbound lead
 * funnel and a new-business pipeline, three handoffs, territory and round-robin routing, a
 * scorecard with a KPI of every kind whose activities feed outcomes, decision rights, a goal and a
 * duplicate rule for leads.
 *
 * <p>It validates without a single problem, so a validation test breaks exactly one thing in its
 * {@link AccordDraft} and looks for exactly that problem; the diff, explanation and diagram tests
 * take it as their "before" and vary it. The positions the tests name are those of the lists below:
 *
 * <ul>
 *   <li>lead fields: 0 email, 1 phone, 2 company, 3 lead_score, 4 employees, 5 country, 6
 *       lead_source; opportunity fields: 0 amount;
 *   <li>inbound stages: 0 lead (entry), 1 mql, 2 sal, 3 sql, 4 nurture, 5 disqualified (terminal);
 *       inbound transitions: 0 lead -> mql, 1 mql -> sal, 2 sal -> sql, 3 sal -> mql (reject), 4
 *       mql,sal -> nurture (recycle), 5 nurture -> mql (reopen), 6 mql,sal,sql -> disqualified;
 *   <li>new-business stages: 0 discovery (entry), 1 proposal, 2 won, 3 lost (both terminal);
 *   <li>teams: 0 marketing, 1 sdr, 2 ae, 3 revops, 4 finance; people: 0 maria (sdr), 1 alex (ae), 2
 *       olivia (marketing), 3 priya (revops), 4 grace (finance);
 *   <li>handoffs: 0 speed_to_lead (with the {@link #ladder()}), 1 sal_acceptance, 2
 *       rejection_feedback; routing rules: 0 named_accounts, 1 strategic, 2 by_region, 3 sdr_pool;
 *   <li>KPIs: 0 mql_volume, 1 speed_to_lead_met, 2 mql_to_sql, 3 win_rate, 4 sourced_pipeline, 5
 *       time_to_accept, 6 lead_completeness, 7 enterprise_share;
 *   <li>decision rights: 0 definition_change, 1 kpi_target; goals: 0 pipeline_growth;
 *   <li>duplicate rules: 0 lead (email, phone, name and company).
 * </ul>
 */
public final class AccordFixture {

  private AccordFixture() {}

  public static Accord acme() {
    return draft().build();
  }

  /** The same accord with the MQL stage, and everything that refers to it, under another id. */
  public static Accord acme(String mql) {
    return draft(mql).build();
  }

  /** The accord, ready to be changed in one place. */
  public static AccordDraft draft() {
    return draft("mql");
  }

  private static AccordDraft draft(String mql) {
    AccordDraft acme = new AccordDraft();
    acme.info =
        new AccordInfo(
            "Acme revenue accord", 3, "How marketing, sales and RevOps at Acme work together.");
    acme.sentinels.addAll(List.of("N/A", "-"));
    acme.reasonCodes.addAll(
        List.of(
            new ReasonCode("no_budget", "No budget"),
            new ReasonCode("bad_fit", "Bad fit"),
            new ReasonCode("not_ready", "Not ready to buy"),
            new ReasonCode("spam", "Spam")));
    acme.objects.addAll(List.of(ObjectDraft.of(lead(mql)), ObjectDraft.of(opportunity())));
    acme.teams.addAll(teams());
    acme.people.addAll(people());
    acme.calendars.add(
        new BusinessCalendar(
            "us_east",
            ZoneId.of("America/New_York"),
            List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY),
            LocalTime.of(9, 0),
            LocalTime.of(17, 0),
            Optional.of("US"),
            List.of(LocalDate.of(2026, 12, 24))));
    acme.handoffs.addAll(handoffs(mql));
    acme.onEntering.add(mql);
    acme.routingRules.addAll(routingRules());
    acme.fallbackQueue = Optional.of("revops");
    acme.dimensions.addAll(
        List.of(
            new Dimension("source", "Lead source", new Dimension.FieldValue("lead_source")),
            new Dimension("owner", "Owner", new Dimension.Builtin(BuiltinDimension.OWNER))));
    acme.kpis.addAll(kpis(mql));
    acme.decisionRights.addAll(
        List.of(
            new DecisionRight(
                DecisionDomain.DEFINITION_CHANGE,
                List.of("marketing", "sdr"),
                List.of("revops"),
                List.of("ae"),
                List.of("maria")),
            new DecisionRight(
                DecisionDomain.KPI_TARGET,
                List.of("marketing"),
                List.of("revops", "finance"),
                List.of(),
                List.of("sdr", "ae"))));
    acme.goals.add(
        new Goal(
            "pipeline_growth",
            "Sourced pipeline +20% this year",
            "sourced_pipeline",
            Optional.of(new BigDecimal("2000000")),
            new BigDecimal("2400000"),
            LocalDate.of(2026, 12, 31),
            List.of(
                new Contribution("marketing", "mql_volume", new BigDecimal("480")),
                new Contribution("sdr", "speed_to_lead_met", new BigDecimal("0.95")))));
    acme.duplicates.add(
        new DuplicateRule(
            "lead",
            List.of(DuplicateSignal.EMAIL, DuplicateSignal.PHONE, DuplicateSignal.NAME_AND_COMPANY),
            DuplicateRule.DEFAULT_NAME_SIMILARITY,
            DuplicateRule.DEFAULT_COMPANY_SIMILARITY));
    return acme;
  }

  private static ObjectType lead(String mql) {
    return new ObjectType(
        "lead",
        "Lead / contact",
        List.of(
            field("email", "Email", FieldType.EMAIL, List.of(), List.of(mql, "sal")),
            field("phone", "Phone", FieldType.PHONE, List.of(), List.of()),
            field("company", "Company", FieldType.STRING, List.of(), List.of("sal")),
            field("lead_score", "Lead score", FieldType.NUMBER, List.of(), List.of()),
            field("employees", "Employees", FieldType.NUMBER, List.of(), List.of()),
            field(
                "country",
                "Country",
                FieldType.ENUM,
                List.of("US", "CA", "DE", "FR", "GB"),
                List.of()),
            field(
                "lead_source",
                "Lead source",
                FieldType.ENUM,
                List.of("web", "event", "partner"),
                List.of())),
        List.of(
            new Pipeline(
                "inbound",
                "Inbound funnel",
                List.of(
                    new Stage(
                        "lead",
                        "Lead",
                        "Someone we can reach, not yet qualified.",
                        List.of(),
                        true,
                        false),
                    new Stage(
                        mql,
                        "MQL",
                        "Fit and intent both shown: \"hand-raiser\" or score of 50 and up.",
                        List.of(
                            new Condition("lead_score", Operator.GTE, List.of("50")),
                            new Condition("country", Operator.IN, List.of("US", "CA"))),
                        false,
                        false),
                    new Stage(
                        "sal",
                        "SAL",
                        "An SDR accepted the lead and is working it.",
                        List.of(),
                        false,
                        false),
                    new Stage(
                        "sql",
                        "SQL",
                        "Budget, authority, need and timing confirmed in a call.",
                        List.of(new Condition("company", Operator.PRESENT, List.of())),
                        false,
                        false),
                    new Stage(
                        "nurture",
                        "Nurture",
                        "Not ready now; marketing keeps in touch.",
                        List.of(),
                        false,
                        false),
                    new Stage(
                        "disqualified",
                        "Disqualified",
                        "Will not buy from us.",
                        List.of(),
                        false,
                        true)),
                List.of(
                    forward("lead", mql),
                    forward(mql, "sal"),
                    forward("sal", "sql"),
                    new Transition(
                        List.of("sal"),
                        mql,
                        TransitionKind.REJECT,
                        List.of("not_ready", "bad_fit")),
                    new Transition(
                        List.of(mql, "sal"),
                        "nurture",
                        TransitionKind.RECYCLE,
                        List.of("not_ready")),
                    transition(List.of("nurture"), mql, TransitionKind.REOPEN),
                    new Transition(
                        List.of(mql, "sal", "sql"),
                        "disqualified",
                        TransitionKind.DISQUALIFY,
                        List.of("no_budget", "bad_fit", "spam"))))));
  }

  private static ObjectType opportunity() {
    return new ObjectType(
        "opportunity",
        "Opportunity",
        List.of(field("amount", "Amount", FieldType.MONEY, List.of(), List.of("won"))),
        List.of(
            new Pipeline(
                "new_business",
                "New business",
                List.of(
                    new Stage(
                        "discovery",
                        "Discovery",
                        "A first meeting is booked.",
                        List.of(),
                        true,
                        false),
                    new Stage(
                        "proposal",
                        "Proposal",
                        "A priced proposal was sent.",
                        List.of(),
                        false,
                        false),
                    new Stage(
                        "won", "Closed won", "The contract is signed.", List.of(), false, true),
                    new Stage(
                        "lost",
                        "Closed lost",
                        "The buyer chose otherwise.",
                        List.of(),
                        false,
                        true)),
                List.of(
                    forward("discovery", "proposal"),
                    forward("proposal", "won"),
                    new Transition(
                        List.of("discovery", "proposal"),
                        "lost",
                        TransitionKind.LOST,
                        List.of("no_budget"))))));
  }

  private static List<Team> teams() {
    return List.of(
        new Team(
            "marketing", "Marketing", Department.MARKETING, Optional.empty(), Optional.empty()),
        new Team(
            "sdr",
            "Sales development",
            Department.SALES,
            Optional.of("maria"),
            Optional.of("us_east")),
        new Team(
            "ae", "Account executives", Department.SALES, Optional.empty(), Optional.of("us_east")),
        new Team(
            "revops", "Revenue operations", Department.REVOPS, Optional.empty(), Optional.empty()),
        new Team("finance", "Finance", Department.FINANCE, Optional.empty(), Optional.empty()));
  }

  /** Someone in every team, so that no team is an empty shell. */
  private static List<Person> people() {
    return List.of(
        new Person(
            "maria",
            "Maria Lopez",
            Optional.of("maria@acme.example"),
            List.of("sdr"),
            List.of(Role.MANAGER),
            Optional.of(ZoneId.of("America/New_York")),
            OptionalInt.empty(),
            1,
            true),
        new Person(
            "alex",
            "Alex Kim",
            Optional.empty(),
            List.of("ae"),
            List.of(Role.MEMBER),
            Optional.empty(),
            OptionalInt.of(40),
            1,
            true),
        person("olivia", List.of("marketing")),
        person("priya", List.of("revops")),
        person("grace", List.of("finance")));
  }

  private static List<Handoff> handoffs(String mql) {
    return List.of(
        speedToLead(mql, ladder()),
        new Handoff(
            "sal_acceptance",
            "SAL acceptance",
            mql,
            "sal",
            "sdr",
            BusinessDuration.days(1),
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
            "rejection_feedback",
            "Rejection feedback",
            "sal",
            mql,
            "ae",
            BusinessDuration.days(2),
            "us_east",
            SlaStart.STAGE_ENTRY,
            SlaMeasure.FEEDBACK,
            List.of(),
            true,
            List.of(),
            List.of()));
  }

  private static List<RoutingRule> routingRules() {
    return List.of(
        new RoutingRule(
            "named_accounts",
            List.of(new Condition("company", Operator.PRESENT, List.of())),
            new RoutingStrategy.AccountOwner(
                List.of(AccountMatch.EMAIL_DOMAIN, AccountMatch.COMPANY))),
        new RoutingRule(
            "strategic",
            List.of(new Condition("employees", Operator.GTE, List.of("1000"))),
            new RoutingStrategy.NamedOwner("alex")),
        new RoutingRule(
            "by_region",
            List.of(),
            new RoutingStrategy.Territory(
                "country",
                List.of(
                    new TerritoryArea("EMEA", List.of("DE", "FR", "GB"), "sdr"),
                    new TerritoryArea("North America", List.of("US", "CA"), "maria")))),
        new RoutingRule(
            "sdr_pool",
            List.of(),
            new RoutingStrategy.RoundRobin(
                "sdr", List.of(SkipReason.OUT_OF_OFFICE, SkipReason.AT_CAPACITY))));
  }

  private static List<Kpi> kpis(String mql) {
    return List.of(
        new Kpi(
            "mql_volume",
            "MQLs",
            "Leads that became MQLs.",
            KpiKind.ACTIVITY,
            "marketing",
            Optional.empty(),
            new Formula.CountEntering(mql),
            "count",
            List.of("source"),
            target("400", Direction.HIGHER, "400", "320"),
            List.of("mql_to_sql")),
        new Kpi(
            "speed_to_lead_met",
            "Speed to lead met",
            "",
            KpiKind.ACTIVITY,
            "sdr",
            Optional.empty(),
            new Formula.SlaCompliance("speed_to_lead"),
            "percent",
            List.of("owner"),
            target("0.9", Direction.HIGHER, "0.9", "0.8"),
            List.of("mql_to_sql")),
        new Kpi(
            "mql_to_sql",
            "MQL to SQL",
            "",
            KpiKind.OUTCOME,
            "marketing",
            Optional.empty(),
            new Formula.Conversion(
                mql, "sql", ConversionMethod.COHORT, Optional.of(Duration.ofDays(90))),
            "percent",
            List.of("source", "owner"),
            target("0.3", Direction.HIGHER, "0.3", "0.25"),
            List.of("win_rate")),
        new Kpi(
            "win_rate",
            "Win rate",
            "",
            KpiKind.OUTCOME,
            "ae",
            Optional.of("opportunity"),
            new Formula.Conversion("discovery", "won", ConversionMethod.COHORT, Optional.empty()),
            "percent",
            List.of(),
            target("25", Direction.HIGHER, "25", "20"),
            List.of()),
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
            Optional.empty(),
            List.of()),
        new Kpi(
            "time_to_accept",
            "Time to accept",
            "",
            KpiKind.ACTIVITY,
            "sdr",
            Optional.empty(),
            new Formula.DurationBetween(mql, "sal", Statistic.MEDIAN),
            "hours",
            List.of("owner"),
            target("8", Direction.LOWER, "8", "16"),
            List.of("mql_to_sql")),
        new Kpi(
            "lead_completeness",
            "Lead completeness",
            "",
            KpiKind.ACTIVITY,
            "revops",
            Optional.empty(),
            new Formula.FieldCompleteness(List.of("email", "company")),
            "percent",
            List.of(),
            target("0.95", Direction.HIGHER, "0.95", "0.85"),
            List.of("mql_to_sql")),
        new Kpi(
            "enterprise_share",
            "Enterprise share",
            "",
            KpiKind.OUTCOME,
            "marketing",
            Optional.empty(),
            new Formula.ShareMeeting(
                List.of(new Condition("employees", Operator.GTE, List.of("1000"))),
                Optional.of("sql")),
            "percent",
            List.of(),
            Optional.empty(),
            List.of()));
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
            List.of("revops")));
  }

  /** The speed-to-lead handoff from MQL to SAL, with the given escalation ladder. */
  public static Handoff speedToLead(List<EscalationStep> escalation) {
    return speedToLead("mql", escalation);
  }

  private static Handoff speedToLead(String mql, List<EscalationStep> escalation) {
    return new Handoff(
        "speed_to_lead",
        "Speed to lead",
        mql,
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

  public static FieldDefinition field(
      String id, String label, FieldType type, List<String> values, List<String> requiredIn) {
    return new FieldDefinition(id, label, type, values, List.of(), requiredIn);
  }

  public static Transition transition(List<String> from, String to, TransitionKind kind) {
    return new Transition(from, to, kind, List.of());
  }

  private static Transition forward(String from, String to) {
    return transition(List.of(from), to, TransitionKind.FORWARD);
  }

  /** A member of the teams, reached by email, who takes up to 40 records at a time. */
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
        target("400", Direction.HIGHER, "400", "320"),
        feeds);
  }

  public static Optional<Target> target(
      String value, Direction better, String green, String amber) {
    return Optional.of(
        new Target(new BigDecimal(value), better, new BigDecimal(green), new BigDecimal(amber)));
  }
}
