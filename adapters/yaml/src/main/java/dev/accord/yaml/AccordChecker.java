package dev.accord.yaml;

import dev.accord.core.accord.AccordValidator;
import dev.accord.core.shared.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks an accord file from top to bottom: its structure as the file is read, then, when an accord
 * could be built, the core's semantic rules (stages that exist, transitions that connect, SLAs that
 * name a calendar...), each problem placed at the line and column it concerns.
 */
public final class AccordChecker {

  private AccordChecker() {}

  public static CheckReport check(Path file) {
    return report(new AccordFileReader().read(file));
  }

  public static CheckReport check(String fileName, String text) {
    return report(new AccordFileReader().read(fileName, text));
  }

  private static CheckReport report(AccordFileReader.ReadResult read) {
    return report(read, read.accord().map(AccordValidator::validate).orElse(List.of()));
  }

  /**
   * The read file's diagnostics together with the core's problems, placed by the source map. A
   * value the reader already refused was replaced by a placeholder, so what the core says about
   * that same spot concerns the placeholder, not the file, and is left out.
   */
  static CheckReport report(AccordFileReader.ReadResult read, List<Problem> problems) {
    Set<Position> refused = read.placeholders();
    Stream<Diagnostic> semantic =
        problems.stream()
            .map(problem -> {
              Position at = read.sourceMap().positionOf(problem.path());
              return new Diagnostic(
                  read.file(),
                  at.line(),
                  at.column(),
                  problem.severity(),
                  problem.message(),
                  problem.hint());
            })
            .filter(d -> !refused.contains(new Position(d.line(), d.column())));
    return new CheckReport(
        read.file(), read.accord(), Stream.concat(read.diagnostics().stream(), semantic).toList());
  }
}
