package dev.accord.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker places the core's problems in the file and merges them with the reader's own. */
class AccordCheckerTest {

  private static final String TEXT =
      """
      schema_version: 1
      accord: {name: Acme}
      objects:
        - id: lead
          pipelines:
            - id: inbound
              stages: [{id: new}, {id: mql}]
              transitions:
                - {from: new, to: sql}
      teams:
        - id: sdr
          department: sails
      """;

  @Test
  void placesTheCoresProblemsByTheirPathsAndSortsEverythingByPosition() {
    AccordFileReader.ReadResult read = new AccordFileReader().read("accord.yaml", TEXT);
    SourcePath transition = SourcePath.parse("objects[0].pipelines[0].transitions[0]");
    List<Problem> problems =
        List.of(
            Problem.warning(
                SourcePath.parse("objects[0].pipelines[0].stages[1]"),
                "stage `mql` is never entered",
                "add a transition into it"),
            Problem.error(transition.key("to"), "unknown stage `sql`", "did you mean `mql`?"));

    CheckReport report = AccordChecker.report(read, problems);

    assertThat(report.diagnostics())
        .extracting(
            d -> d.line() + ":" + d.column() + " " + d.severity().word() + " " + d.message())
        .containsExactly(
            "7:29 warning stage `mql` is never entered",
            "9:29 error unknown stage `sql`",
            "12:17 error `department`: unknown department `sails`");
    assertThat(report.errorCount()).isEqualTo(2);
    assertThat(report.warningCount()).isEqualTo(1);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.accord()).isPresent();
  }

  @Test
  void theDefaultAccordChecksCleanWithoutEvenAWarning() {
    CheckReport report = AccordChecker.check("accord.yaml", DefaultAccord.text());

    assertThat(report.accord()).isPresent();
    assertThat(report.diagnostics()).isEmpty();
  }

  @Test
  void aFileThatCannotBeReadReportsOnlyWhyNot() {
    CheckReport report = AccordChecker.check(java.nio.file.Path.of("does/not/exist.yaml"));

    assertThat(report.accord()).isEmpty();
    assertThat(report.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("no such file"));
  }

  @Test
  void aValueTheReaderRefusedIsNotBlamedAgainForItsPlaceholder() {
    // The unreadable SLA is read as a placeholder of 0m; "an SLA of zero" would be noise.
    String text = DefaultAccord.text().replaceFirst("sla: 15m", "sla: fifteen minutes");

    CheckReport report = AccordChecker.check("accord.yaml", text);

    assertThat(report.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("fifteen minutes"));
  }

  @Test
  void aValueTheReaderKeptIsStillCheckedByTheCore() {
    // `teams: marketingg` is read as a list of one (and noted); the unknown team is a second,
    // real mistake that must not be hidden behind the first.
    String text =
        DefaultAccord.text().replaceFirst("    teams: \\[marketing\\]", "    teams: marketingg");

    CheckReport report = AccordChecker.check("accord.yaml", text);

    assertThat(report.diagnostics())
        .extracting(Diagnostic::message)
        .anySatisfy(message -> assertThat(message).contains("should be a list"))
        .anySatisfy(message -> assertThat(message).contains("marketingg"));
  }
}
