package dev.accord.cli;

import dev.accord.yaml.AccordChecker;
import dev.accord.yaml.CheckReport;
import dev.accord.yaml.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code accord validate FILE...}: every problem in every file, at its line and column. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    header = "Check accord files; every problem at its line and column.",
    description =
        "Check accord files and report every problem at once, as FILE:LINE:COLUMN: error|warning: message, each followed by a hint to fix it. Exits 1 when any file has an error.")
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Accord files to check.")
  List<Path> files;

  @Option(names = "--json", description = "Print the report as JSON, for tools.")
  boolean json;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  /** The {@code --json} document: whether every file passed, and each file's report. */
  record ValidationReport(boolean valid, List<FileReport> files) {}

  /** The {@code --json} form of one file's report. */
  record FileReport(
      String file, boolean valid, long errors, long warnings, List<DiagnosticView> diagnostics) {}

  /** The {@code --json} form of one diagnostic. */
  record DiagnosticView(int line, int column, String severity, String message, String hint) {
    static DiagnosticView of(Diagnostic diagnostic) {
      return new DiagnosticView(
          diagnostic.line(),
          diagnostic.column(),
          diagnostic.severity().word(),
          diagnostic.message(),
          diagnostic.hint());
    }
  }

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    List<FileReport> reports = new ArrayList<>();
    boolean anyFailed = false;
    for (Path file : files) {
      CheckReport report = AccordChecker.check(file);
      boolean failed = report.hasErrors() || (strict && report.warningCount() > 0);
      anyFailed |= failed;
      if (json) {
        reports.add(
            new FileReport(
                report.file(),
                !failed,
                report.errorCount(),
                report.warningCount(),
                report.diagnostics().stream().map(DiagnosticView::of).toList()));
      } else {
        report.diagnostics().forEach(diagnostic -> out.println(diagnostic.format()));
        out.println(summary(report, failed));
      }
    }
    if (json) {
      JsonOutput.print(out, new ValidationReport(!anyFailed, reports));
    }
    out.flush();
    return anyFailed ? ExitCode.INPUT : ExitCode.OK;
  }

  private static String summary(CheckReport report, boolean failed) {
    String counts =
        plural(report.errorCount(), "error") + ", " + plural(report.warningCount(), "warning");
    return report.file() + ": " + (failed ? "invalid (" + counts + ")" : "valid (" + counts + ")");
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
