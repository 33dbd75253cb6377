package dev.accord.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The reader's structural checks: each mistake is reported at the line and column where it was
 * written, with a hint, and all of them at once.
 */
class StructureCheckTest {

  @Test
  void anUnknownKeyIsReportedAtTheKeyWithTheLikelyMeaning() {
    String text =
        """
        schema_version: 1
        accord:
          name: Acme
        objects:
          - id: lead
            name: Lead
            pipline:
              - id: inbound
        """;

    // The misspelt key is unknown, and so the object also lacks its pipelines.
    assertThat(Problems.of(text))
        .containsExactly(
            "5:5 missing required key `pipelines` in this object",
            "7:5 unknown key `pipline` in this object");
    assertThat(Problems.hintAt(text, 7, 5))
        .isEqualTo("did you mean `pipelines`? the keys here are: id, name, fields, pipelines");
  }

  @Test
  void anUnknownKeyFarFromAnyKnownOneGetsNoGuess() {
    String text =
        """
        schema_version: 1
        accord:
          name: Acme
          colour: blue
        objects: []
        """;

    assertThat(Problems.of(text)).containsExactly("4:3 unknown key `colour` in `accord`");
    assertThat(Problems.hintAt(text, 4, 3))
        .isEqualTo("the keys here are: name, version, description");
  }

  @Test
  void aDuplicateKeyIsReportedAtItsSecondOccurrence() {
    String text =
        """
        schema_version: 1
        accord:
          name: Acme
          name: Acme Inc
        objects: []
        """;

    assertThat(Problems.of(text)).containsExactly("4:3 duplicate key `name` in `accord`");
    assertThat(Problems.hintAt(text, 4, 3))
        .isEqualTo("remove one of them; the first is at line 3, column 3");
  }

  @Test
  void aMissingRequiredKeyIsReportedAtTheMappingThatLacksIt() {
    String text =
        """
        schema_version: 1
        accord:
          version: 2
        objects:
          - name: Lead
            pipelines:
              - id: inbound
                stages: [{id: new}]
        """;

    assertThat(Problems.of(text))
        .containsExactly(
            "3:3 missing required key `name` in `accord`",
            "5:5 missing required key `id` in this object");
  }

  @Test
  void anElementMissingItsIdStillYieldsARecordWithAnEmptyId() {
    String text =
        """
        schema_version: 1
        accord: {name: Acme}
        objects:
          - name: Lead
            pipelines: []
        """;

    var accord = new AccordFileReader().read("accord.yaml", text).accord().orElseThrow();

    assertThat(accord.objects())
        .singleElement()
        .satisfies(object -> {
          assertThat(object.id()).isEmpty();
          assertThat(object.name()).isEqualTo("Lead");
        });
  }

  @Test
  void aKeyWithNoValueIsReportedAtTheEmptyValue() {
    String text =
        """
        schema_version: 1
        accord:
          name:
        objects: []
        """;

    assertThat(Problems.of(text)).containsExactly("3:8 `name` has no value in `accord`");
  }

  @Test
  void aTopLevelAccordWithoutObjectsOrHeaderIsReportedAtTheTop() {
    String text =
        """
        schema_version: 1
        sentinels: [N/A]
        """;

    assertThat(Problems.of(text))
        .containsExactly(
            "1:1 missing required key `accord` in the accord file",
            "1:1 missing required key `objects` in the accord file");
  }

  @Test
  void aListWhereAMappingBelongsIsAWrongKind() {
    String text =
        """
        schema_version: 1
        accord:
          - name: Acme
        objects: []
        """;

    // The header's own keys are not reported missing on top: one mistake, one message.
    assertThat(Problems.of(text))
        .containsExactly("3:3 `accord` should be a mapping of keys, not a list");
  }

  @Test
  void aMappingWhereASingleValueBelongsIsAWrongKind() {
    String text =
        """
        schema_version: 1
        accord:
          name:
            first: Acme
        objects: []
        """;

    assertThat(Problems.of(text))
        .containsExactly("4:5 `name` should be a single value, not a mapping");
  }

  @Test
  void aMappingWhereAListBelongsIsAWrongKind() {
    String text =
        """
        schema_version: 1
        accord: {name: Acme}
        objects:
          id: lead
        """;

    assertThat(Problems.of(text)).containsExactly("4:3 `objects` should be a list, not a mapping");
  }

  @Test
  void aSingleValueWhereAListOfIdsBelongsIsReportedButKeptAsAListOfOne() {
    String text =
        """
        schema_version: 1
        accord: {name: Acme}
        objects:
          - id: lead
            fields:
              - id: email
                type: email
                required_in: mql
            pipelines: []
        """;

    var result = new AccordFileReader().read("accord.yaml", text);

    assertThat(Problems.of(result))
        .containsExactly("8:22 `required_in` should be a list, not a single value");
    assertThat(Problems.hintAt(text, 8, 22))
        .isEqualTo("write a list, such as `required_in: [mql]`");
    assertThat(result.accord().orElseThrow().objects().getFirst().fields().getFirst().requiredIn())
        .containsExactly("mql");
  }

  @Test
  void wrongScalarTypesAreReportedAtTheirValues() {
    String text =
        """
        schema_version: 1
        accord:
          name: Acme
          version: one
        objects:
          - id: lead
            pipelines:
              - id: inbound
                stages:
                  - id: won
                    terminal: yes
        kpis:
          - id: wins
            kind: outcome
            owner: sales
            formula: {type: count_entering, stage: won}
            target: {value: 40%}
        people:
          - id: ana
            capacity: -1
        """;

    assertThat(Problems.of(text))
        .containsExactly(
            "4:12 `version`: `one` is not a whole number",
            "11:23 `terminal`: `yes` is not true or false",
            "17:21 `value`: `40%` is not a number",
            "20:15 `capacity`: `-1` is less than 0");
  }

  @Test
  void anUnknownEnumValueListsTheAllowedOnesAndGuessesTheIntendedOne() {
    String text =
        """
        schema_version: 1
        accord: {name: Acme}
        objects:
          - id: lead
            pipelines:
              - id: inbound
                stages: [{id: new}, {id: mql}]
                transitions:
                  - from: new
                    to: mql
                    kind: forwrd
        """;

    assertThat(Problems.of(text)).containsExactly("11:19 `kind`: unknown transition kind `forwrd`");
    assertThat(Problems.hintAt(text, 11, 19))
        .isEqualTo(
            "did you mean `forward`? allowed: forward, recycle, disqualify, reject, lost, reopen");
  }

  @Test
  void anInvalidTimeZoneSuggestsAnExample() {
    String text =
        """
        schema_version: 1
        accord: {name: Acme}
        objects: []
        calendars:
          - id: berlin
            time_zone: Europe/Berln
            hours: 09:00-17:00
        """;

    var result = new AccordFileReader().read("accord.yaml", text);

    assertThat(Problems.of(result))
        .containsExactly("6:16 `time_zone`: unknown time zone `Europe/Berln`");
    assertThat(Problems.hintAt(text, 6, 16))
        .isEqualTo(
            "did you mean `Europe/Berlin`? write an IANA time zone id such as `Europe/Berlin` or"
                + " `America/New_York`");
    // UTC stands in, so the rest of the calendar is still read.
    assertThat(result.accord().orElseThrow().calendars().getFirst().timeZone())
        .isEqualTo(java.time.ZoneOffset.UTC);
  }

  @Test
  void invalidDurationsAreReportedForSlasAndWindows() {
    String text =
        """
        schema_version: 1
        accord: {name: Acme}
        guardrails:
          reorder_window: an hour
        objects: []
        handoffs:
          - id: speed
            from: mql
            to: sal
            owner: sdr
            sla: 15 minutes
            calendar: us
            met_by: first_touch
        kpis:
          - id: conv
            kind: outcome
            owner: sdr
            formula: {type: conversion, from: mql, to: sal, window: 90 days}
        """;

    assertThat(Problems.of(text))
        .containsExactly(
            "4:19 `reorder_window`: `an hour` is not a duration",
            "11:10 `sla`: `15 minutes` is not a business duration",
            "18:61 `window`: `90 days` is not a duration");
    assertThat(Problems.hintAt(text, 11, 10))
        .isEqualTo(
            "write a whole number and a unit: `15m` (business minutes), `4h` (hours) or `1d`"
                + " (days)");
  }

  @Test
  void clockDurationsAcceptShortUnitsAndIso8601() {
    String text =
        """
        schema_version: 1
        accord: {name: Acme}
        guardrails: {reorder_window: PT2H}
        objects: []
        """;

    var guardrails =
        new AccordFileReader().read("accord.yaml", text).accord().orElseThrow().guardrails();

    assertThat(guardrails.reorderWindow()).isEqualTo(java.time.Duration.ofHours(2));
  }

  @Test
  void invalidHoursAndDatesAreReported() {
    String text =
        """
        schema_version: 1
        accord: {name: Acme}
        objects: []
        calendars:
          - id: late
            time_zone: UTC
            hours: 18:00-09:60
            holidays: [2026-02-30]
          - id: vague
            time_zone: UTC
            hours: office hours
        goals:
          - id: growth
            kpi: pipeline
            target: 10
            due: 31.12.2026
        """;

    assertThat(Problems.of(text))
        .containsExactly(
            "7:12 `hours`: `18:00-09:60` holds a time that does not exist",
            "8:16 `holidays`: `2026-02-30` is not a date",
            "11:12 `hours`: `office hours` is not a span of hours",
            "16:10 `due`: `31.12.2026` is not a date");
  }

  @Test
  void invalidEscalationMomentsAreReported() {
    String text =
        """
        schema_version: 1
        accord: {name: Acme}
        objects: []
        handoffs:
          - id: speed
            from: mql
            to: sal
            owner: sdr
            sla: 15m
            calendar: us
            met_by: first_touch
            escalation:
              - {at: 0%, action: remind}
              - {at: 101%, action: remind}
              - {at: breach+later, action: notify}
              - {at: soon, action: notify}
        """;

    assertThat(Problems.of(text))
        .containsExactly(
            "13:14 `at`: `0%` is not a share between 1% and 100%",
            "14:14 `at`: `101%` is not a share between 1% and 100%",
            "15:14 `at`: `breach+later` is not an escalation moment",
            "16:14 `at`: `soon` is not an escalation moment");
  }

  @Test
  void aRoutingRuleWithAnUnknownStrategyOrAnotherStrategysKeysIsReported() {
    String text =
        """
        schema_version: 1
        accord: {name: Acme}
        objects: []
        routing:
          rules:
            - id: strategic
              strategy: named_owner
              owner: alex
              team: sdr
            - id: pool
              strategy: round_robbin
              team: sdr
        """;

    assertThat(Problems.of(text))
        .containsExactly(
            "9:7 `team` belongs to the round_robin strategy, not to named_owner",
            "11:17 `strategy`: unknown routing strategy `round_robbin`");
    assertThat(Problems.hintAt(text, 9, 7))
        .isEqualTo("a named_owner rule takes owner; remove `team` or change the strategy");
    assertThat(Problems.hintAt(text, 11, 17))
        .startsWith("did you mean `round_robin`? allowed: named_owner, round_robin");
  }

  @Test
  void aRoutingRuleLacksTheKeysItsStrategyRequires() {
    String text =
        """
        schema_version: 1
        accord: {name: Acme}
        objects: []
        routing:
          rules:
            - id: by_region
              strategy: territory
        """;

    assertThat(Problems.of(text))
        .containsExactly(
            "6:7 missing required key `field` in this routing rule",
            "6:7 missing required key `territories` in this routing rule");
  }

  @Test
  void aFormulaWithAnUnknownTypeOrAnotherTypesKeysIsReported() {
    String text =
        """
        schema_version: 1
        accord: {name: Acme}
        objects: []
        kpis:
          - id: conv
            kind: outcome
            owner: sdr
            formula:
              type: conversion
              from: mql
              to: sal
              stage: mql
          - id: churn
            kind: outcome
            owner: sdr
            formula:
              type: churn
        """;

    assertThat(Problems.of(text))
        .containsExactly(
            "12:7 `stage` is not a key of a conversion formula",
            "17:13 `type`: unknown formula type `churn`");
    assertThat(Problems.hintAt(text, 12, 7))
        .isEqualTo(
            "a conversion formula takes from, to, method, window; remove `stage` or change the"
                + " `type`");
  }

  @Test
  void aWinRateOrVelocityFormulaWithAnotherTypesKeyOrWithoutItsOwnIsReported() {
    String text =
        """
        schema_version: 1
        accord: {name: Acme}
        objects: []
        kpis:
          - id: wins
            kind: outcome
            owner: ae
            formula:
              type: win_rate
              won: won
              lost: [lost]
              stages: [won]
          - id: velocity
            kind: outcome
            owner: ae
            formula:
              type: velocity
              from: discovery
              to: won
              lost: lost
              field: amount
        """;

    // `to` is a conversion's key: a velocity names its `won` stage, so it lacks one here.
    assertThat(Problems.of(text))
        .containsExactly(
            "12:7 `stages` is not a key of a win_rate formula",
            "17:7 missing required key `won` in `formula`",
            "19:7 `to` is not a key of a velocity formula",
            "20:13 `lost` should be a list, not a single value");
    assertThat(Problems.hintAt(text, 12, 7))
        .isEqualTo("a win_rate formula takes won, lost; remove `stages` or change the `type`");
    assertThat(Problems.hintAt(text, 19, 7))
        .isEqualTo(
            "a velocity formula takes from, won, lost, field; remove `to` or change the `type`");
  }

  @Test
  void aPipelineOrSpeedToLeadFormulaWithAWrongKeyOrValueIsReportedWhereItIsWritten() {
    String text =
        """
        schema_version: 1
        accord: {name: Acme}
        objects: []
        kpis:
          - id: open_pipeline
            kind: outcome
            owner: ae
            formula: {type: pipeline, field: amount, coverage_of: 3x}
          - id: speed
            kind: activity
            owner: sdr
            formula: {type: speed_to_lead, part: rep, statistic: p95, stage: mql}
        """;

    assertThat(Problems.of(text))
        .containsExactly(
            "8:14 missing required key `stages` in `formula`",
            "8:59 `coverage_of`: `3x` is not a number",
            "12:42 `part`: unknown speed-to-lead part `rep`",
            "12:58 `statistic`: unknown statistic `p95`",
            "12:63 `stage` is not a key of a speed_to_lead formula");
    assertThat(Problems.hintAt(text, 12, 42)).isEqualTo("allowed: total, system, owner");
    assertThat(Problems.hintAt(text, 12, 58))
        .isEqualTo("did you mean `p90`? allowed: median, p90, mean");
  }

  @Test
  void ignoreCaseBelongsToADimensionOnAFieldAndIsTrueOrFalse() {
    String text =
        """
        schema_version: 1
        accord: {name: Acme}
        objects: []
        dimensions:
          - id: source
            field: lead_source
            ignore_case: maybe
          - id: owner
            builtin: owner
            ignore_case: true
        """;

    assertThat(Problems.of(text))
        .containsExactly(
            "7:18 `ignore_case`: `maybe` is not true or false",
            "10:5 `ignore_case` only applies to a dimension on a `field`");
    assertThat(Problems.hintAt(text, 10, 5)).contains("remove `ignore_case`");
  }

  @Test
  void aDimensionNeedsExactlyOneOfFieldAndBuiltin() {
    String text =
        """
        schema_version: 1
        accord: {name: Acme}
        objects: []
        dimensions:
          - id: source
            field: lead_source
            builtin: owner
          - id: nothing
            label: Nothing
        """;

    assertThat(Problems.of(text))
        .containsExactly(
            "7:5 this dimension has both `field` and `builtin`",
            "8:5 this dimension has neither `field` nor `builtin`");
  }

  @Test
  void theSchemaVersionMustBePresentAndOne() {
    String missing =
        """
        accord: {name: Acme}
        objects: []
        """;
    String two =
        """
        schema_version: 2
        accord: {name: Acme}
        objects: []
        """;

    assertThat(Problems.of(missing))
        .containsExactly("1:1 missing required key `schema_version` in the accord file");
    assertThat(Problems.hintAt(missing, 1, 1)).startsWith("this Accord reads schema version 1");
    assertThat(Problems.of(two))
        .containsExactly("1:17 `schema_version`: schema version 2 is not supported");
    assertThat(Problems.hintAt(two, 1, 17)).startsWith("this Accord reads schema version 1");
  }

  @Test
  void aConditionTakesEitherOneValueOrAList() {
    String text =
        """
        schema_version: 1
        accord: {name: Acme}
        objects: []
        routing:
          rules:
            - id: big
              when: [{field: employees, op: gte, value: 1000, values: [1000]}]
              strategy: named_owner
              owner: alex
        """;

    assertThat(Problems.of(text))
        .containsExactly("7:55 this condition has both `value` and `values`");
  }

  @Test
  void everyMistakeIsReportedAtOnceAndTheAccordIsStillBuilt() {
    String text =
        """
        schema_version: 1
        accord: {name: Acme, versoin: 2}
        objects:
          - id: lead
            pipelines:
              - id: inbound
                stages:
                  - id: new
                    entry: maybe
        teams:
          - id: sdr
            department: sale
        """;

    var result = new AccordFileReader().read("accord.yaml", text);

    assertThat(Problems.of(result))
        .containsExactly(
            "2:22 unknown key `versoin` in `accord`",
            "9:20 `entry`: `maybe` is not true or false",
            "12:17 `department`: unknown department `sale`");
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.accord()).isPresent();
  }
}
