package dev.accord.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.shared.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the accord file, from YAML syntax to the meaning of ids, checked end to end: a small
 * valid accord with one mistake made in it goes through the checker, and the one diagnostic that
 * comes back must stand at the exact line and column of the mistake, so that an editor or a CI
 * annotation lands on the word to fix. Each case changes one line of {@link #BASE}; the line
 * numbers in the comments are those of the changed text.
 */
class ValidationPositionsTest {

  /** Valid without even a warning, so any diagnostic of a case comes from its one change. */
  private static final String BASE =
      """
      schema_version: 1
      accord:
        name: Acme revenue accord
      objects:
        - id: lead
          fields:
            - {id: email, type: email}
            - {id: country, type: string}
          pipelines:
            - id: inbound
              stages:
                - {id: new, entry: true}
                - {id: mql}
                - {id: sal}
                - {id: won, terminal: true}
                - {id: lost, terminal: true}
              transitions:
                - {from: new, to: mql}
                - {from: mql, to: sal}
                - {from: sal, to: won}
                - {from: [new, mql, sal], to: lost, kind: disqualify}
      teams:
        - {id: marketing, department: marketing, manager: olivia, calendar: us_east}
        - id: sdr
          department: sales
          manager: maria
          calendar: us_east
      people:
        - {id: olivia, teams: [marketing]}
        - {id: maria, teams: [sdr], roles: [manager]}
        - {id: jake, teams: [sdr]}
      calendars:
        - id: us_east
          time_zone: America/New_York
          hours: "09:00-17:00"
      handoffs:
        - id: speed_to_lead
          from: mql
          to: sal
          owner: sdr
          sla: 15m
          calendar: us_east
          met_by: first_touch
      routing:
        on_entering: [mql]
        fallback_queue: sdr
        rules:
          - id: by_country
            strategy: territory
            field: country
            territories:
              - {name: EMEA, values: [GB, DE], assignee: jake}
          - {id: pool, strategy: round_robin, team: sdr}
      dimensions:
        - {id: region, field: country}
        - {id: month, builtin: month}
      kpis:
        - id: mql_volume
          kind: activity
          owner: marketing
          dimensions: [region, month]
          feeds: [mql_to_sal]
          formula: {type: count_entering, stage: mql}
        - id: lead_completeness
          kind: activity
          owner: sdr
          feeds: [mql_to_sal]
          formula: {type: field_completeness, fields: [email, country]}
        - id: mql_to_sal
          kind: outcome
          owner: sdr
          formula: {type: conversion, from: mql, to: sal}
      decision_rights:
        - domain: definition_change
          propose: [marketing, sdr]
          approve: [maria]
      """;

  @Test
  void theBaseAccordIsValid() {
    CheckReport report = AccordChecker.check("accord.yaml", BASE);

    assertThat(report.accord()).isPresent();
    assertThat(report.diagnostics()).isEmpty();
  }

  // --- YAML syntax -------------------------------------------------------------------------------

  @Test
  void aKeyIndentedDeeperThanItsSiblingsIsASyntaxErrorAtItsColon() {
    // Line 4 reads "   version: 2", one space deeper than `name`: the scanner takes it for the
    // rest of name's value and only fails at the colon, column 11, where a plain value cannot go
    // on.
    String text =
        replacing("name: Acme revenue accord", "name: Acme revenue accord", " version: 2");

    CheckReport report = AccordChecker.check("accord.yaml", text);

    assertThat(report.accord()).isEmpty();
    assertThat(report.diagnostics())
        .singleElement()
        .satisfies(at(4, 11, "YAML syntax error: mapping values are not allowed here"))
        .satisfies(hinting("indentation"));
  }

  @Test
  void anUnclosedQuoteIsASyntaxErrorAtTheEndOfTheFileThatNamesWhereTheQuoteOpened() {
    // The quote opened on line 35, column 12 runs on through the last line (76): the scanner only
    // gives up at the end of the file, so the message and the hint lead back to the quote.
    String text = replacing("hours: \"09:00-17:00\"", "hours: \"09:00-17:00");

    CheckReport report = AccordChecker.check("accord.yaml", text);

    assertThat(report.accord()).isEmpty();
    assertThat(report.diagnostics())
        .singleElement()
        .satisfies(at(77, 1, "while scanning a quoted scalar that starts at 35:12"))
        .satisfies(hinting("close the quote opened at line 35, column 12"));
  }

  // --- Structure ---------------------------------------------------------------------------------

  @Test
  void anUnknownKeyIsReportedAtTheKeyWithTheKeyItMostLikelyMeans() {
    String text = replacing("manager: maria", "manger: maria");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(26, 5, "unknown key `manger` in this team"))
        .satisfies(hinting("did you mean `manager`?"));
  }

  @Test
  void anInvalidSlaDurationIsReportedAtTheValue() {
    // The reader puts a zero SLA in its place; the core's "SLA of zero" about that stand-in is not
    // reported on top.
    String text = replacing("sla: 15m", "sla: 15 minutes");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(41, 10, "`sla`: `15 minutes` is not a business duration"))
        .satisfies(hinting("`15m`"));
  }

  @Test
  void anInvalidTimeZoneIsReportedAtTheValueWithTheZoneItMostLikelyMeans() {
    String text = replacing("time_zone: America/New_York", "time_zone: America/New_Yrok");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(34, 16, "`time_zone`: unknown time zone `America/New_Yrok`"))
        .satisfies(hinting("did you mean `America/New_York`?"));
  }

  // --- Ids declared once -------------------------------------------------------------------------

  @Test
  void aDuplicateStageIsReportedAtTheIdOfTheRepeat() {
    String text =
        replacing(
            "- {id: lost, terminal: true}",
            "- {id: lost, terminal: true}",
            "- {id: lost, terminal: true}");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(17, 18, "duplicate stage `lost`"));
  }

  @Test
  void aDuplicateTeamIsReportedAtTheIdOfTheRepeat() {
    String marketing =
        "- {id: marketing, department: marketing, manager: olivia, calendar: us_east}";
    String text = replacing(marketing, marketing, "- {id: marketing, department: finance}");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(24, 10, "duplicate team `marketing`"));
  }

  // --- The lifecycle -----------------------------------------------------------------------------

  @Test
  void aTransitionToAnUnknownStageIsReportedAtItsTo() {
    String text =
        replacing("- {from: sal, to: won}", "- {from: sal, to: won}", "- {from: sal, to: sql}");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(21, 29, "transition in pipeline `inbound` enters unknown stage `sql`"))
        .satisfies(hinting("did you mean `mql`?"));
  }

  @Test
  void aTransitionFromAnUnknownStageIsReportedAtItsFrom() {
    String text =
        replacing("- {from: sal, to: won}", "- {from: sal, to: won}", "- {from: sql, to: won}");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(21, 20, "transition in pipeline `inbound` leaves unknown stage `sql`"));
  }

  @Test
  void anUnreachableStageIsReportedAtItsId() {
    // Terminal, so that it is not also a dead end: only the missing way in is wrong.
    String text =
        replacing(
            "- {id: lost, terminal: true}",
            "- {id: lost, terminal: true}",
            "- {id: nurture, terminal: true}");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(17, 18, "stage `nurture` cannot be reached from the entry stages"));
  }

  @Test
  void aTerminalStageWithAnOutgoingTransitionIsReportedAtTheTerminalStageInFrom() {
    String text =
        replacing(
            "- {from: sal, to: won}",
            "- {from: sal, to: won}",
            "- {from: lost, to: new, kind: reopen}");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(21, 20, "terminal stage `lost` has an outgoing transition to `new`"));
  }

  // --- The scorecard -----------------------------------------------------------------------------

  @Test
  void aKpiCountingAnUnknownStageIsReportedAtTheStage() {
    String text =
        replacing(
            "formula: {type: count_entering, stage: mql}",
            "formula: {type: count_entering, stage: mq1}");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(63, 44, "KPI `mql_volume` counts unknown stage `mq1`"));
  }

  @Test
  void aKpiReadingAnUnknownFieldIsReportedAtTheField() {
    String text =
        replacing(
            "formula: {type: field_completeness, fields: [email, country]}",
            "formula: {type: field_completeness, fields: [email, contry]}");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(68, 57, "KPI `lead_completeness` reads unknown field `contry`"))
        .satisfies(hinting("did you mean `country`?"));
  }

  @Test
  void aKpiBrokenDownByAnUnknownDimensionIsReportedAtTheDimension() {
    String text = replacing("dimensions: [region, month]", "dimensions: [region, mnth]");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(61, 26, "KPI `mql_volume` is broken down by unknown dimension `mnth`"));
  }

  @Test
  void aWinRateCountingAnUnknownLostStageIsReportedAtThatStage() {
    String text =
        replacing(
            "formula: {type: conversion, from: mql, to: sal}",
            "formula: {type: win_rate, won: won, lost: [lots]}");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(72, 48, "KPI `mql_to_sal` counts unknown stage `lots`"))
        .satisfies(hinting("did you mean `lost`?"));
  }

  @Test
  void aWinRateListingItsWonStageAmongTheLostIsReportedAtThatEntry() {
    String text =
        replacing(
            "formula: {type: conversion, from: mql, to: sal}",
            "formula: {type: win_rate, won: won, lost: [lost, won]}");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(72, 54, "KPI `mql_to_sal` counts stage `won` as both won and lost"))
        .satisfies(hinting("only the stages a lost record ends in"));
  }

  @Test
  void aPipelineCoverageOfNoQuotaIsReportedAtTheQuota() {
    // An amount field, inserted after line 8, moves the formula down to line 73.
    String text =
        pipelineOfAmount("formula: {type: pipeline, field: amount, stages: [sal], coverage_of: 0}");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(73, 74, "KPI `mql_to_sal` measures coverage of 0"))
        .satisfies(hinting("a positive amount"));
  }

  @Test
  void aPipelineOfNoStagesIsReportedAtTheEmptyList() {
    String text = pipelineOfAmount("formula: {type: pipeline, field: amount, stages: []}");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(73, 54, "KPI `mql_to_sal` lists no stages"));
  }

  @Test
  void aVelocityReadingAnUnknownFieldIsReportedAtTheField() {
    String text =
        pipelineOfAmount(
            "formula: {type: velocity, from: mql, won: won, lost: [lost], field: amont}");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(73, 73, "KPI `mql_to_sal` reads unknown field `amont`"))
        .satisfies(hinting("did you mean `amount`?"));
  }

  @Test
  void ignoringCaseOnABuiltInDimensionIsReportedAtTheKey() {
    String text =
        replacing(
            "- {id: month, builtin: month}", "- {id: month, builtin: month, ignore_case: true}");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(56, 33, "`ignore_case` only applies to a dimension on a `field`"));
  }

  // --- The handoff contract ----------------------------------------------------------------------

  @Test
  void anSlaOnAHandoffThatIsNotATransitionIsReportedAtItsTo() {
    String text = replacing("to: sal", "to: won");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(39, 9, "puts an SLA on `mql` -> `won`, a handoff that is not a transition"))
        .satisfies(hinting("`sal`, `lost`"));
  }

  // --- Routing -----------------------------------------------------------------------------------

  @Test
  void aRoutingConditionOnAnUnknownFieldIsReportedAtTheField() {
    String text =
        replacing(
            "- {id: pool, strategy: round_robin, team: sdr}",
            "- {id: pool, when: [{field: contry, op: present}], strategy: round_robin, team: sdr}");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(53, 33, "routing rule `pool` tests unknown field `contry`"));
  }

  @Test
  void aTerritoryRuleOnAnUnknownFieldIsReportedAtTheField() {
    String text = replacing("field: country", "field: contry");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(50, 14, "routing rule `by_country` splits territories on unknown field"));
  }

  @Test
  void aRoutingRuleForAnUnknownTeamIsReportedAtTheTeam() {
    String text =
        replacing(
            "- {id: pool, strategy: round_robin, team: sdr}",
            "- {id: pool, strategy: round_robin, team: sdrs}");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(53, 47, "routing rule `pool` shares records in unknown team `sdrs`"))
        .satisfies(hinting("did you mean `sdr`?"));
  }

  // --- Teams, people and governance --------------------------------------------------------------

  @Test
  void aDecisionDomainWithNoApproverIsReportedAtItsEmptyApproveList() {
    String text = replacing("approve: [maria]", "approve: []");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(76, 14, "nobody may approve in decision domain `definition_change`"));
  }

  @Test
  void aPersonInNoTeamIsReportedAtTheEmptyTeamList() {
    // jake is not the only member of `sdr`, so the team does not also fall empty.
    String text = replacing("- {id: jake, teams: [sdr]}", "- {id: jake, teams: []}");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(31, 23, "person `jake` belongs to no team"));
  }

  @Test
  void aPersonInAnUnknownTeamIsReportedAtTheTeam() {
    String text = replacing("- {id: jake, teams: [sdr]}", "- {id: jake, teams: [sales]}");

    assertThat(AccordChecker.check("accord.yaml", text).diagnostics())
        .singleElement()
        .satisfies(at(31, 24, "person `jake` belongs to unknown team `sales`"));
  }

  // --- All at once -------------------------------------------------------------------------------

  @Test
  void manyMistakesAreAllReportedInOneRunInFileOrder() {
    // Two inserted lines (a stage, a transition) move everything below them down: the structural
    // findings of the reader and the core's problems must interleave by position all the same.
    String text = BASE;
    text = edit(text, "manager: maria", "manger: maria");
    text = edit(text, "time_zone: America/New_York", "time_zone: America/New_Yrok");
    text = edit(text, "sla: 15m", "sla: 15 minutes");
    text = edit(text, "dimensions: [region, month]", "dimensions: [region, mnth]");
    text = edit(text, "approve: [maria]", "approve: []");
    text = edit(text, "- {from: sal, to: won}", "- {from: sal, to: won}", "- {from: sal, to: sql}");
    text =
        edit(
            text,
            "- {id: lost, terminal: true}",
            "- {id: lost, terminal: true}",
            "- {id: lost, terminal: true}");

    CheckReport report = AccordChecker.check("accord.yaml", text);

    assertThat(report.diagnostics())
        .extracting(Diagnostic::format)
        .extracting(format -> format.lines().findFirst().orElseThrow())
        .containsExactly(
            "accord.yaml:17:18: error: duplicate stage `lost`",
            "accord.yaml:22:29: error: transition in pipeline `inbound` enters unknown stage"
                + " `sql`",
            "accord.yaml:28:5: error: unknown key `manger` in this team",
            "accord.yaml:36:16: error: `time_zone`: unknown time zone `America/New_Yrok`",
            "accord.yaml:43:10: error: `sla`: `15 minutes` is not a business duration",
            "accord.yaml:63:26: error: KPI `mql_volume` is broken down by unknown dimension"
                + " `mnth`",
            "accord.yaml:78:14: error: nobody may approve in decision domain"
                + " `definition_change`");
    assertThat(report.errorCount()).isEqualTo(7);
  }

  // --- Helpers -----------------------------------------------------------------------------------

  /** {@link #BASE} with one line replaced; see {@link #edit}. */
  private static String replacing(String line, String... replacement) {
    return edit(BASE, line, replacement);
  }

  /**
   * {@link #BASE} with a money field {@code amount} on the lead after {@code country} (so every
   * line from 9 on moves down one), and the formula of {@code mql_to_sal} replaced.
   */
  private static String pipelineOfAmount(String formula) {
    String text =
        replacing(
            "- {id: country, type: string}",
            "- {id: country, type: string}",
            "- {id: amount, type: money}");
    return edit(text, "formula: {type: conversion, from: mql, to: sal}", formula);
  }

  /**
   * The text with the one line that reads {@code line}, indentation aside, replaced by the given
   * lines at the same indentation. The line must be there exactly once, so that a case cannot
   * silently change another place than the one it means.
   */
  private static String edit(String text, String line, String... replacement) {
    List<String> lines = text.lines().toList();
    List<Integer> matches =
        IntStream.range(0, lines.size())
            .filter(i -> lines.get(i).strip().equals(line))
            .boxed()
            .toList();
    assertThat(matches).as("lines reading `%s`", line).hasSize(1);
    int at = matches.getFirst();
    String indentation = lines.get(at).substring(0, lines.get(at).indexOf(line));
    List<String> edited = new ArrayList<>(lines.subList(0, at));
    for (String added : replacement) {
      edited.add(indentation + added);
    }
    edited.addAll(lines.subList(at + 1, lines.size()));
    return String.join("\n", edited) + "\n";
  }

  /** An error at exactly this line and column whose message holds the fragment. */
  private static ThrowingConsumer<Diagnostic> at(int line, int column, String message) {
    return diagnostic -> {
      assertThat(diagnostic.line() + ":" + diagnostic.column())
          .as("position of `%s`", diagnostic.message())
          .isEqualTo(line + ":" + column);
      assertThat(diagnostic.severity()).isEqualTo(Severity.ERROR);
      assertThat(diagnostic.message()).contains(message);
    };
  }

  private static ThrowingConsumer<Diagnostic> hinting(String fragment) {
    return diagnostic -> assertThat(diagnostic.hint()).contains(fragment);
  }
}
