package dev.accord.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordInfo;
import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.field.Condition;
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
import dev.accord.core.scorecard.SpeedPart;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

class AccordYamlWriterTest {

  private static final Stage MQL =
      new Stage("mql", "MQL", "Fit and intent", List.of(), true, false);
  private static final Stage SQL =
      new Stage("sql", "SQL", "Sales accepted", List.of(), false, true);

  @Test
  void writesTheWholeFileWithItsKeysInTheSchemaOrder() {
    assertThat(new Draft().write())
        .isEqualTo(
            """
            schema_version: 1
            accord:
              name: Acme revenue accord
              version: 3
            guardrails:
              transition_allowed: block
              required_fields: flag
              reason_code: block
              event_order: flag
              reorder_window: 1h
            objects:
              - id: lead
                name: Lead
                pipelines:
                  - id: inbound
                    name: Inbound funnel
                    stages:
                      - id: mql
                        name: MQL
                        definition: Fit and intent
                        entry: true
                      - id: sql
                        name: SQL
                        definition: Sales accepted
                        terminal: true
                    transitions:
                      - from: mql
                        to: sql
                        kind: forward
            teams: []
            people: []
            calendars: []
            handoffs: []
            dimensions: []
            kpis: []
            decision_rights: []
            goals: []
            """);
  }

  @Test
  void quotesTextThatYamlWouldReadAsANumberABooleanADateOrNull() {
    // Every one of these reads back as something else than text if left bare, in YAML 1.2 or in
    // the YAML 1.1 that many tools still speak ("NO" is Norway, not false).
    Draft draft = new Draft();
    draft.sentinels =
        List.of("Select", "null", "~", "", "1000", "0.5", "yes", "NO", "on", "2026-12-24");

    assertThat(draft.write())
        .contains(
            "sentinels: [Select, 'null', '~', '', '1000', '0.5', 'yes', 'NO', 'on', '2026-12-24']");
  }

  @Test
  void leavesTextBareWhenNoYamlReaderCouldMistakeIt() {
    Draft draft = new Draft();
    draft.sentinels = List.of("N/A", "n/a", "none", "unknown", "50%", "breach+1h", "Dé");

    assertThat(draft.write()).contains("sentinels: [N/A, n/a, none, unknown, 50%, breach+1h, Dé]");
  }

  @Test
  void writesATransitionFromOneStageBareAndFromSeveralAsAList() {
    Draft draft = new Draft();
    draft.pipeline =
        new Pipeline(
            "inbound",
            "Inbound",
            List.of(MQL, SQL),
            List.of(
                new Transition(List.of("mql"), "sql", TransitionKind.FORWARD, List.of()),
                new Transition(
                    List.of("mql", "sql"),
                    "disqualified",
                    TransitionKind.DISQUALIFY,
                    List.of("no_budget", "spam"))));

    assertThat(draft.write())
        .contains(
            """
                    transitions:
                      - from: mql
                        to: sql
                        kind: forward
                      - from: [mql, sql]
                        to: disqualified
                        kind: disqualify
                        reason_codes: [no_budget, spam]
            """);
  }

  @Test
  void writesEachConditionWithTheOperandItsOperatorTakes() {
    Draft draft = new Draft();
    Stage stage =
        new Stage(
            "mql",
            "MQL",
            "",
            List.of(
                new Condition("lead_score", Operator.GTE, List.of("50")),
                new Condition("country", Operator.IN, List.of("US", "NO")),
                new Condition("email", Operator.PRESENT, List.of())),
            false,
            false);

    draft.pipeline = new Pipeline("p", "", List.of(stage), List.of());

    assertThat(draft.write())
        .contains(
            """
                      - id: mql
                        name: MQL
                        definition: ''
                        entry_criteria:
                          - field: lead_score
                            op: gte
                            value: '50'
                          - field: country
                            op: in
                            values: [US, 'NO']
                          - field: email
                            op: present
            """);
  }

  @Test
  void writesTheEscalationLadderAsShareOfTheSlaBreachAndBreachPlusDelay() {
    Draft draft = new Draft();
    draft.handoffs =
        List.of(
            new Handoff(
                "speed_to_lead",
                "Speed to lead",
                "mql",
                "sal",
                "sdr",
                BusinessDuration.minutes(15),
                "us_east",
                SlaStart.ASSIGNMENT,
                SlaMeasure.FIRST_TOUCH,
                List.of("nurture"),
                true,
                List.of("email"),
                List.of(
                    new EscalationStep(
                        new EscalationTrigger.ShareOfSla(50), EscalationAction.REMIND, List.of()),
                    new EscalationStep(
                        new EscalationTrigger.AfterBreach(BusinessDuration.minutes(0)),
                        EscalationAction.NOTIFY,
                        List.of("manager")),
                    new EscalationStep(
                        new EscalationTrigger.AfterBreach(BusinessDuration.hours(1)),
                        EscalationAction.OPEN_EXCEPTION,
                        List.of("revops", "owner")))));

    assertThat(draft.write())
        .contains(
            """
            handoffs:
              - id: speed_to_lead
                name: Speed to lead
                from: mql
                to: sal
                owner: sdr
                sla: 15m
                calendar: us_east
                starts_on: assignment
                met_by: first_touch
                pause_in: [nurture]
                restart_on_activity: true
                required_fields: [email]
                escalation:
                  - at: 50%
                    action: remind
                    notify: []
                  - at: breach
                    action: notify
                    notify: [manager]
                  - at: breach+1h
                    action: open_exception
                    notify: [revops, owner]
            """);
  }

  @Test
  void writesEveryFormulaWithItsTypeFirst() {
    List<Formula> formulas =
        List.of(
            new Formula.CountEntering("mql"),
            new Formula.Conversion(
                "mql", "sql", ConversionMethod.FLOW, Optional.of(Duration.ofDays(90))),
            new Formula.Conversion("mql", "sql", ConversionMethod.COHORT, Optional.empty()),
            new Formula.DurationBetween("mql", "sal", Statistic.P90),
            new Formula.SumOfField("amount", Optional.of("won")),
            new Formula.SumOfField("amount", Optional.empty()),
            new Formula.ShareMeeting(
                List.of(new Condition("employees", Operator.GTE, List.of("1000"))),
                Optional.of("sql")),
            new Formula.SlaCompliance("speed_to_lead"),
            new Formula.ExceptionRate(),
            new Formula.FieldCompleteness(List.of("email", "phone")),
            new Formula.WinRate("won", List.of("lost", "no_decision")),
            new Formula.PipelineValue(
                "amount", List.of("proposal"), Optional.of(new BigDecimal("1200000.00"))),
            new Formula.PipelineValue(
                "amount", List.of("proposal", "negotiation"), Optional.empty()),
            new Formula.SalesVelocity("discovery", "won", List.of("lost"), "amount"),
            new Formula.SpeedToLead(SpeedPart.OWNER, Statistic.P90),
            new Formula.SpeedToLead(SpeedPart.TOTAL, Statistic.MEDIAN));

    Draft draft = new Draft();
    draft.kpis =
        formulas.stream()
            .map(formula ->
                new Kpi(
                    "k",
                    "",
                    "",
                    KpiKind.ACTIVITY,
                    "revops",
                    Optional.empty(),
                    formula,
                    "",
                    List.of(),
                    Optional.empty(),
                    List.of()))
            .toList();
    String text = draft.write();

    assertThat(formulaBlocks(text))
        .containsExactly(
            """
            type: count_entering
            stage: mql
            """,
            """
            type: conversion
            from: mql
            to: sql
            method: flow
            window: 90d
            """,
            """
            type: conversion
            from: mql
            to: sql
            method: cohort
            """,
            """
            type: duration
            from: mql
            to: sal
            statistic: p90
            """,
            """
            type: sum
            field: amount
            stage: won
            """,
            """
            type: sum
            field: amount
            """,
            """
            type: share
            where:
              - field: employees
                op: gte
                value: '1000'
            stage: sql
            """,
            """
            type: sla_compliance
            handoff: speed_to_lead
            """,
            """
            type: exception_rate
            """,
            """
            type: field_completeness
            fields: [email, phone]
            """,
            """
            type: win_rate
            won: won
            lost: [lost, no_decision]
            """,
            """
            type: pipeline
            field: amount
            stages: [proposal]
            coverage_of: 1200000.00
            """,
            """
            type: pipeline
            field: amount
            stages: [proposal, negotiation]
            """,
            """
            type: velocity
            from: discovery
            won: won
            lost: [lost]
            field: amount
            """,
            """
            type: speed_to_lead
            part: owner
            statistic: p90
            """,
            """
            type: speed_to_lead
            part: total
            statistic: median
            """);
  }

  @Test
  void writesAKpiWithItsTargetAndDecimalsWithExactlyTheirDigits() {
    Draft draft = new Draft();
    draft.kpis =
        List.of(
            new Kpi(
                "mql_to_sql",
                "MQL to SQL",
                "Share of MQLs that sales accepts",
                KpiKind.OUTCOME,
                "marketing",
                Optional.of("lead"),
                new Formula.Conversion("mql", "sql", ConversionMethod.COHORT, Optional.empty()),
                "percent",
                List.of("source"),
                Optional.of(
                    new Target(
                        new BigDecimal("0.30"),
                        Direction.HIGHER,
                        new BigDecimal("1.2E+3"),
                        new BigDecimal("1200000"))),
                List.of("won_revenue")));

    // 0.30 keeps its trailing zero and 1.2E+3 loses its exponent: a reader building a BigDecimal
    // from the text gets back the value and scale written, and a person reads plain digits.
    assertThat(draft.write())
        .contains(
            """
            kpis:
              - id: mql_to_sql
                name: MQL to SQL
                description: Share of MQLs that sales accepts
                kind: outcome
                owner: marketing
                object: lead
                unit: percent
                dimensions: [source]
                feeds: [won_revenue]
                formula:
                  type: conversion
                  from: mql
                  to: sql
                  method: cohort
                target:
                  value: 0.30
                  better: higher
                  green: 1200
                  amber: 1200000
            """);
  }

  @Test
  void writesEveryRoutingStrategyWithItsOwnKeys() {
    Draft draft = new Draft();
    draft.routing =
        new Routing(
            List.of("mql"),
            List.of(
                new RoutingRule(
                    "named_accounts",
                    List.of(new Condition("company", Operator.PRESENT, List.of())),
                    new RoutingStrategy.AccountOwner(
                        List.of(AccountMatch.EMAIL_DOMAIN, AccountMatch.COMPANY))),
                new RoutingRule("strategic", List.of(), new RoutingStrategy.NamedOwner("alex")),
                new RoutingRule(
                    "by_region",
                    List.of(),
                    new RoutingStrategy.Territory(
                        "country",
                        List.of(new TerritoryArea("EMEA", List.of("DE", "NO"), "sdr_emea")))),
                new RoutingRule(
                    "sdr_pool",
                    List.of(),
                    new RoutingStrategy.RoundRobin(
                        "sdr", List.of(SkipReason.OUT_OF_OFFICE, SkipReason.AT_CAPACITY)))),
            Optional.of("revops"));

    assertThat(draft.write())
        .contains(
            """
            routing:
              on_entering: [mql]
              fallback_queue: revops
              rules:
                - id: named_accounts
                  when:
                    - field: company
                      op: present
                  strategy: account_owner
                  match_on: [email_domain, company]
                - id: strategic
                  strategy: named_owner
                  owner: alex
                - id: by_region
                  strategy: territory
                  field: country
                  territories:
                    - name: EMEA
                      values: [DE, 'NO']
                      assignee: sdr_emea
                - id: sdr_pool
                  strategy: round_robin
                  team: sdr
                  skip: [out_of_office, at_capacity]
            dimensions: []
            """);
  }

  @Test
  void leavesRoutingOutWhenTheAccordRoutesNothing() {
    assertThat(new Draft().write()).doesNotContain("routing");
  }

  @Test
  void writesTeamsPeopleAndCalendarsLeavingAbsentValuesOut() {
    Draft draft = new Draft();
    draft.teams =
        List.of(
            new Team(
                "sdr",
                "Sales development",
                Department.SALES,
                Optional.of("maria"),
                Optional.empty()));
    Person maria =
        new Person(
            "maria",
            "Maria Lopez",
            Optional.of("maria@example.com"),
            List.of("sdr"),
            List.of(Role.MANAGER),
            Optional.of(ZoneId.of("America/New_York")),
            OptionalInt.of(40),
            1,
            true);
    Person alex =
        new Person(
            "alex",
            "Alex",
            Optional.empty(),
            List.of("sdr"),
            List.of(),
            Optional.empty(),
            OptionalInt.empty(),
            2,
            false);
    draft.people = List.of(maria, alex);
    draft.calendars =
        List.of(
            new BusinessCalendar(
                "us_east",
                ZoneId.of("America/New_York"),
                List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0),
                LocalTime.of(17, 30),
                Optional.of("US"),
                List.of(LocalDate.of(2026, 12, 24))));

    assertThat(draft.write())
        .contains(
            """
            teams:
              - id: sdr
                name: Sales development
                department: sales
                manager: maria
            people:
              - id: maria
                name: Maria Lopez
                email: maria@example.com
                teams: [sdr]
                roles: [manager]
                time_zone: America/New_York
                capacity: 40
                weight: 1
                active: true
              - id: alex
                name: Alex
                teams: [sdr]
                roles: []
                weight: 2
                active: false
            calendars:
              - id: us_east
                time_zone: America/New_York
                working_days: [monday, friday]
                hours: 09:00-17:30
                holiday_country: US
                holidays: [2026-12-24]
            """);
  }

  @Test
  void writesDimensionsDecisionRightsAndGoals() {
    Draft draft = new Draft();
    draft.dimensions =
        List.of(
            new Dimension("source", "Lead source", new Dimension.FieldValue("src")),
            new Dimension("owner", "", new Dimension.Builtin(BuiltinDimension.OWNER)),
            new Dimension("utm_source", "", new Dimension.FieldValue("utm_source"), true));
    draft.decisionRights =
        List.of(
            new DecisionRight(
                DecisionDomain.KPI_TARGET,
                List.of("marketing"),
                List.of("revops_lead"),
                List.of(),
                List.of("sdr")));
    draft.goals =
        List.of(
            new Goal(
                "pipeline_growth",
                "Sourced pipeline +20%",
                "sourced_pipeline",
                Optional.of(new BigDecimal("2000000")),
                new BigDecimal("2400000.00"),
                LocalDate.of(2026, 12, 31),
                List.of(new Contribution("marketing", "mql_to_sql", new BigDecimal("0.3")))));

    assertThat(draft.write())
        .contains(
            """
            dimensions:
              - id: source
                label: Lead source
                field: src
              - id: owner
                label: ''
                builtin: owner
              - id: utm_source
                label: ''
                field: utm_source
                ignore_case: true
            kpis: []
            decision_rights:
              - domain: kpi_target
                propose: [marketing]
                approve: [revops_lead]
                inform: [sdr]
            goals:
              - id: pipeline_growth
                name: Sourced pipeline +20%
                kpi: sourced_pipeline
                baseline: 2000000
                target: 2400000.00
                due: 2026-12-31
                contributions:
                  - team: marketing
                    kpi: mql_to_sql
                    target: 0.3
            """);
  }

  @Test
  void writesMultiLineTextAsABlockThatKeepsEveryLine() {
    Draft draft = new Draft();
    draft.info = new AccordInfo("Acme", 1, "First line\nsecond line");
    draft.reasonCodes = List.of(new ReasonCode("no_budget", "No budget"));

    assertThat(draft.write())
        .startsWith(
            """
            schema_version: 1
            accord:
              name: Acme
              version: 1
              description: |-
                First line
                second line
            reason_codes:
              - id: no_budget
                label: No budget
            guardrails:
            """);
  }

  @ParameterizedTest
  @CsvSource({
    "PT1H, 1h",
    "PT90S, 90s",
    "PT15M, 15m",
    "PT48H, 2d",
    "PT25H, 25h",
    "PT0S, 0s",
    "PT0.5S, PT0.5S",
    "PT-1H, PT-1H"
  })
  void writesACalendarDurationInItsShortFormWhenItIsWhole(Duration duration, String text) {
    assertThat(YamlWriterScalars.duration(duration)).isEqualTo(text);
  }

  @Property(tries = 200)
  void writesTheSameTextForTheSameAccord(@ForAll("accords") Accord accord) {
    assertThat(AccordYamlWriter.write(accord)).isEqualTo(AccordYamlWriter.write(accord));
  }

  @Property(tries = 200)
  void writesYamlThatParses(@ForAll("accords") Accord accord) {
    Object document = load(AccordYamlWriter.write(accord));

    assertThat(document).isInstanceOf(Map.class);
    assertThat(((Map<?, ?>) document).get("schema_version")).isEqualTo(1);
  }

  /**
   * Whatever the text, a YAML reader gets it back unchanged, as text, whether it sits in a block
   * mapping (the name) or in a one-line list (the sentinels).
   */
  @Property
  void anyTextReadsBackAsThatText(@ForAll("texts") String text) {
    Draft draft = new Draft();
    draft.info = new AccordInfo(text, 1, "");
    draft.sentinels = List.of(text);
    String yaml = draft.write();

    for (Load load : List.of(new Load(LoadSettings.builder().build()), coreSchemaLoad())) {
      Map<?, ?> document = (Map<?, ?>) load.loadFromReader(new WholeCharacterReader(yaml));
      assertThat(((Map<?, ?>) document.get("accord")).get("name")).isEqualTo(text);
      assertThat(document.get("sentinels")).isEqualTo(List.of(text));
    }
  }

  @Provide
  Arbitrary<Accord> accords() {
    return AccordArbitraries.accords();
  }

  @Provide
  Arbitrary<String> texts() {
    return AccordArbitraries.texts();
  }

  /**
   * Loads as the accord reader does: through {@link WholeCharacterReader}, since snakeyaml-engine
   * fails on a character whose two UTF-16 halves straddle its read buffer.
   */
  private static Object load(String yaml) {
    return new Load(LoadSettings.builder().build()).loadFromReader(new WholeCharacterReader(yaml));
  }

  private static Load coreSchemaLoad() {
    return new Load(LoadSettings.builder().setSchema(new CoreSchema()).build());
  }

  /** The formula mapping of each written KPI, unindented. */
  private static List<String> formulaBlocks(String text) {
    String indent = " ".repeat(6);
    return Stream.of(text.split("\n {4}formula:\n"))
        .skip(1)
        .map(block ->
            block
                .lines()
                .takeWhile(line -> line.startsWith(indent))
                .map(line -> line.substring(indent.length()) + "\n")
                .collect(Collectors.joining()))
        .toList();
  }

  /** An accord of one lead pipeline, with whatever else a test sets. */
  private static final class Draft {
    AccordInfo info = new AccordInfo("Acme revenue accord", 3, "");
    List<String> sentinels = List.of();
    List<ReasonCode> reasonCodes = List.of();
    Pipeline pipeline =
        new Pipeline(
            "inbound",
            "Inbound funnel",
            List.of(MQL, SQL),
            List.of(new Transition(List.of("mql"), "sql", TransitionKind.FORWARD, List.of())));
    List<Team> teams = List.of();
    List<Person> people = List.of();
    List<BusinessCalendar> calendars = List.of();
    List<Handoff> handoffs = List.of();
    Routing routing = Routing.none();
    List<Dimension> dimensions = List.of();
    List<Kpi> kpis = List.of();
    List<DecisionRight> decisionRights = List.of();
    List<Goal> goals = List.of();

    String write() {
      return AccordYamlWriter.write(
          new Accord(
              Accord.CURRENT_SCHEMA_VERSION,
              info,
              sentinels,
              reasonCodes,
              Guardrails.defaults(),
              List.of(new ObjectType("lead", "Lead", List.of(), List.of(pipeline))),
              teams,
              people,
              calendars,
              handoffs,
              routing,
              dimensions,
              kpis,
              decisionRights,
              goals,
              List.of(),
              List.of()));
    }
  }
}
