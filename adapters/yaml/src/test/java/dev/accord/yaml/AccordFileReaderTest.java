package dev.accord.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.accord.Accord;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.field.Condition;
import dev.accord.core.field.FieldType;
import dev.accord.core.field.Operator;
import dev.accord.core.lifecycle.Enforcement;
import dev.accord.core.lifecycle.Guardrails;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.lifecycle.TransitionKind;
import dev.accord.core.routing.AccountMatch;
import dev.accord.core.routing.RoutingStrategy;
import dev.accord.core.routing.SkipReason;
import dev.accord.core.routing.TerritoryArea;
import dev.accord.core.scorecard.ConversionMethod;
import dev.accord.core.scorecard.Dimension;
import dev.accord.core.scorecard.Direction;
import dev.accord.core.scorecard.Formula;
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
import dev.accord.core.team.Role;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AccordFileReaderTest {

  /** A small but complete accord: every section, the shapes the schema allows. */
  static final String SMALL_ACCORD =
      """
      schema_version: 1
      accord:
        name: Acme revenue accord
        version: 3
      sentinels: ["N/A", "-"]
      reason_codes:
        - id: no_budget
          label: No budget
        - id: spam
      guardrails:
        required_fields: block
        reorder_window: 90s
      objects:
        - id: lead
          name: Lead
          fields:
            - id: email
              type: email
              required_in: [mql]
            - id: lead_score
              type: number
          pipelines:
            - id: inbound
              stages:
                - id: new
                  entry: true
                - id: mql
                  name: MQL
                  entry_criteria:
                    - field: lead_score
                      op: gte
                      value: 50
                - id: sal
                - id: disqualified
                  terminal: true
              transitions:
                - from: new
                  to: mql
                - from: mql
                  to: sal
                - from: [new, mql, sal]
                  to: disqualified
                  kind: disqualify
                  reason_codes: [no_budget, spam]
      teams:
        - id: sdr
          department: sales
          manager: maria
          calendar: us_east
        - id: revops
          department: revops
      people:
        - id: maria
          name: Maria Lopez
          teams: [sdr]
          roles: [manager]
          time_zone: America/New_York
          capacity: 40
      calendars:
        - id: us_east
          time_zone: America/New_York
          hours: "09:00-17:00"
          holidays: [2026-12-24]
      handoffs:
        - id: speed_to_lead
          from: mql
          to: sal
          owner: sdr
          sla: 15m
          calendar: us_east
          starts_on: assignment
          met_by: first_touch
          escalation:
            - at: 50%
              action: remind
              notify: [owner]
            - at: breach
              action: notify
              notify: [manager]
            - at: breach+1h
              action: open_exception
              notify: [revops]
      routing:
        on_entering: [mql]
        fallback_queue: revops
        rules:
          - id: by_region
            when: [{field: country, op: in, values: [DE, FR]}]
            strategy: territory
            field: country
            territories:
              - name: EMEA
                values: [DE, FR, GB]
                assignee: sdr
          - id: pool
            strategy: round_robin
            team: sdr
      dimensions:
        - id: source
          field: lead_source
        - id: owner
          builtin: owner
      kpis:
        - id: mql_to_sal
          kind: outcome
          owner: sdr
          unit: percent
          dimensions: [source]
          formula:
            type: conversion
            from: mql
            to: sal
            window: 90d
          target:
            value: 0.4
            amber: 0.3
      decision_rights:
        - domain: sla_change
          approve: [revops]
      goals:
        - id: growth
          kpi: mql_to_sal
          target: 0.45
          due: 2026-12-31
          contributions:
            - team: sdr
              kpi: mql_to_sal
              target: 0.4
      """;

  private final AccordFileReader reader = new AccordFileReader();

  @Test
  void readsAValidAccordWithoutDiagnostics() {
    AccordFileReader.ReadResult result = reader.read("accord.yaml", SMALL_ACCORD);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.hasErrors()).isFalse();
    Accord accord = result.accord().orElseThrow();
    assertThat(accord.schemaVersion()).isEqualTo(1);
    assertThat(accord.info().name()).isEqualTo("Acme revenue accord");
    assertThat(accord.info().version()).isEqualTo(3);
    assertThat(accord.sentinels()).containsExactly("N/A", "-");
    assertThat(accord.reasonCodes())
        .extracting(code -> code.id())
        .containsExactly("no_budget", "spam");
  }

  @Test
  void guardrailsLeftOutKeepTheirDefaults() {
    Guardrails guardrails =
        reader.read("accord.yaml", SMALL_ACCORD).accord().orElseThrow().guardrails();

    // Only required_fields and reorder_window are written; the rest are the defaults.
    assertThat(guardrails)
        .isEqualTo(
            new Guardrails(
                Enforcement.BLOCK,
                Enforcement.BLOCK,
                Enforcement.BLOCK,
                Enforcement.FLAG,
                Duration.ofSeconds(90)));
  }

  @Test
  void readsTheLifecycleIncludingATransitionFromAList() {
    Accord accord = reader.read("accord.yaml", SMALL_ACCORD).accord().orElseThrow();
    var pipeline = accord.objects().getFirst().pipelines().getFirst();

    assertThat(accord.objects().getFirst().fields().getFirst().type()).isEqualTo(FieldType.EMAIL);
    assertThat(accord.objects().getFirst().fields().getFirst().requiredIn()).containsExactly("mql");
    assertThat(pipeline.stages().get(1))
        .isEqualTo(
            new Stage(
                "mql",
                "MQL",
                "",
                List.of(new Condition("lead_score", Operator.GTE, List.of("50"))),
                false,
                false));
    assertThat(pipeline.transitions().getFirst())
        .isEqualTo(new Transition(List.of("new"), "mql", TransitionKind.FORWARD, List.of()));
    assertThat(pipeline.transitions().get(2))
        .isEqualTo(
            new Transition(
                List.of("new", "mql", "sal"),
                "disqualified",
                TransitionKind.DISQUALIFY,
                List.of("no_budget", "spam")));
    assertThat(pipeline.allows("sal", "disqualified")).isTrue();
  }

  @Test
  void readsTeamsPeopleAndCalendarsWithTheirDefaults() {
    Accord accord = reader.read("accord.yaml", SMALL_ACCORD).accord().orElseThrow();

    assertThat(accord.team("sdr").orElseThrow().department()).isEqualTo(Department.SALES);
    assertThat(accord.team("revops").orElseThrow().manager()).isEmpty();
    var maria = accord.person("maria").orElseThrow();
    assertThat(maria.roles()).containsExactly(Role.MANAGER);
    assertThat(maria.timeZone()).contains(ZoneId.of("America/New_York"));
    assertThat(maria.capacity()).isEqualTo(OptionalInt.of(40));
    assertThat(maria.weight()).isEqualTo(1);
    assertThat(maria.active()).isTrue();
    var calendar = accord.calendars().getFirst();
    assertThat(calendar.workingDays())
        .containsExactly(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY);
    assertThat(calendar.opens()).isEqualTo(LocalTime.of(9, 0));
    assertThat(calendar.closes()).isEqualTo(LocalTime.of(17, 0));
    assertThat(calendar.holidays()).containsExactly(LocalDate.of(2026, 12, 24));
  }

  @Test
  void readsAHandoffWithItsEscalationLadder() {
    Handoff handoff =
        reader.read("accord.yaml", SMALL_ACCORD).accord().orElseThrow().handoffs().getFirst();

    assertThat(handoff)
        .isEqualTo(
            new Handoff(
                "speed_to_lead",
                "",
                "mql",
                "sal",
                "sdr",
                BusinessDuration.minutes(15),
                "us_east",
                SlaStart.ASSIGNMENT,
                SlaMeasure.FIRST_TOUCH,
                List.of(),
                false,
                List.of(),
                List.of(
                    new EscalationStep(
                        new EscalationTrigger.ShareOfSla(50),
                        EscalationAction.REMIND,
                        List.of("owner")),
                    new EscalationStep(
                        new EscalationTrigger.AfterBreach(BusinessDuration.minutes(0)),
                        EscalationAction.NOTIFY,
                        List.of("manager")),
                    new EscalationStep(
                        new EscalationTrigger.AfterBreach(BusinessDuration.hours(1)),
                        EscalationAction.OPEN_EXCEPTION,
                        List.of("revops")))));
  }

  @Test
  void readsRoutingRulesByTheirStrategy() {
    var routing = reader.read("accord.yaml", SMALL_ACCORD).accord().orElseThrow().routing();

    assertThat(routing.onEntering()).containsExactly("mql");
    assertThat(routing.fallbackQueue()).contains("revops");
    assertThat(routing.rules().getFirst().when())
        .containsExactly(new Condition("country", Operator.IN, List.of("DE", "FR")));
    assertThat(routing.rules().getFirst().strategy())
        .isEqualTo(
            new RoutingStrategy.Territory(
                "country", List.of(new TerritoryArea("EMEA", List.of("DE", "FR", "GB"), "sdr"))));
    // skip is left out, so round-robin passes over people for every reason there is.
    assertThat(routing.rules().get(1).strategy())
        .isEqualTo(new RoutingStrategy.RoundRobin("sdr", List.of(SkipReason.values())));
  }

  @Test
  void readsTheScorecardAndGovernance() {
    Accord accord = reader.read("accord.yaml", SMALL_ACCORD).accord().orElseThrow();

    assertThat(accord.dimensions())
        .containsExactly(
            new Dimension("source", "", new Dimension.FieldValue("lead_source")),
            new Dimension(
                "owner",
                "",
                new Dimension.Builtin(dev.accord.core.scorecard.BuiltinDimension.OWNER)));
    var kpi = accord.kpi("mql_to_sal").orElseThrow();
    assertThat(kpi.kind()).isEqualTo(KpiKind.OUTCOME);
    assertThat(kpi.formula())
        .isEqualTo(
            new Formula.Conversion(
                "mql", "sal", ConversionMethod.COHORT, Optional.of(Duration.ofDays(90))));
    // green is left out and so equals the value.
    assertThat(kpi.target())
        .contains(
            new Target(
                new BigDecimal("0.4"),
                Direction.HIGHER,
                new BigDecimal("0.4"),
                new BigDecimal("0.3")));
    assertThat(accord.decisionRights().getFirst().approve()).containsExactly("revops");
    var goal = accord.goals().getFirst();
    assertThat(goal.target()).isEqualByComparingTo("0.45");
    assertThat(goal.due()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(goal.contributions().getFirst().team()).isEqualTo("sdr");
  }

  @Test
  void readsWinRatePipelineVelocityAndSpeedToLeadFormulas() {
    String text =
        """
        schema_version: 1
        accord: {name: x}
        objects: [{id: opportunity, pipelines: [{id: p, stages: [{id: s}]}]}]
        kpis:
          - id: win_rate
            kind: outcome
            owner: ae
            formula: {type: win_rate, won: won, lost: [lost, no_decision]}
          - id: coverage
            kind: outcome
            owner: ae
            formula:
              type: pipeline
              field: amount
              stages: [proposal, negotiation]
              coverage_of: 1200000.00
          - id: open_pipeline
            kind: outcome
            owner: ae
            formula: {type: pipeline, field: amount, stages: [proposal]}
          - id: velocity
            kind: outcome
            owner: ae
            formula: {type: velocity, from: discovery, won: won, lost: [lost], field: amount}
          - id: routing_delay
            kind: activity
            owner: revops
            formula: {type: speed_to_lead, part: system, statistic: p90}
          - id: speed_to_lead
            kind: activity
            owner: sdr
            formula: {type: speed_to_lead}
        """;

    AccordFileReader.ReadResult result = reader.read("accord.yaml", text);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.accord().orElseThrow().kpis())
        .extracting(kpi -> kpi.formula())
        .containsExactly(
            new Formula.WinRate("won", List.of("lost", "no_decision")),
            new Formula.PipelineValue(
                "amount",
                List.of("proposal", "negotiation"),
                Optional.of(new BigDecimal("1200000.00"))),
            new Formula.PipelineValue("amount", List.of("proposal"), Optional.empty()),
            new Formula.SalesVelocity("discovery", "won", List.of("lost"), "amount"),
            new Formula.SpeedToLead(SpeedPart.SYSTEM, Statistic.P90),
            // part and statistic left out: the whole wait, its median.
            new Formula.SpeedToLead(SpeedPart.TOTAL, Statistic.MEDIAN));
  }

  @Test
  void aDimensionOnAFieldMayIgnoreCaseAndByDefaultDoesNot() {
    String text =
        """
        schema_version: 1
        accord: {name: x}
        objects: [{id: lead, pipelines: [{id: p, stages: [{id: s}]}]}]
        dimensions:
          - id: source
            field: lead_source
            ignore_case: true
          - id: country
            field: country
          - id: region
            field: region
            ignore_case: false
        """;

    AccordFileReader.ReadResult result = reader.read("accord.yaml", text);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.accord().orElseThrow().dimensions())
        .containsExactly(
            new Dimension("source", "", new Dimension.FieldValue("lead_source"), true),
            new Dimension("country", "", new Dimension.FieldValue("country"), false),
            new Dimension("region", "", new Dimension.FieldValue("region"), false));
  }

  @Test
  void anAccountOwnerRuleMatchesOnBothByDefault() {
    String text =
        """
        schema_version: 1
        accord: {name: x}
        objects: [{id: lead, pipelines: [{id: p, stages: [{id: s}]}]}]
        routing:
          rules:
            - id: named
              strategy: account_owner
        """;

    var rule = reader.read("accord.yaml", text).accord().orElseThrow().routing().rules().getFirst();

    assertThat(rule.strategy())
        .isEqualTo(new RoutingStrategy.AccountOwner(List.of(AccountMatch.values())));
  }
}
