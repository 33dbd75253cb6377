package dev.accord.yaml;

import dev.accord.core.accord.Accord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one accord file: every structural and semantic problem found in it, in file order,
 * and the accord itself when the file could be read.
 */
public record CheckReport(String file, Optional<Accord> accord, List<Diagnostic> diagnostics) {

  public CheckReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(accord, "accord");
    diagnostics = diagnostics.stream().sorted(Diagnostic.IN_FILE_ORDER).toList();
  }

  public boolean hasErrors() {
    return errorCount() > 0;
  }

  public long errorCount() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warningCount() {
    return diagnostics.size() - errorCount();
  }
}
