package dev.accord.yaml;

import dev.accord.core.shared.Severity;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with an accord file, told the way a compiler tells it: which file, which line and
 * column, how bad, what is wrong and how to fix it.
 *
 * @param file the file as the user named it
 * @param line the line, counted from 1; 0 when the problem has no place in the file (a missing
 *     file, say)
 * @param column the column, counted from 1; 0 together with the line
 * @param severity whether the file is unusable or merely suspicious
 * @param message what is wrong, naming the offending key or value
 * @param hint how to fix it
 */
public record Diagnostic(
    String file, int line, int column, Severity severity, String message, String hint) {

  /** Earlier in the file first; problems without a position come first of all. */
  public static final Comparator<Diagnostic> IN_FILE_ORDER =
      Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  public static Diagnostic error(String file, Position position, String message, String hint) {
    return new Diagnostic(file, position.line(), position.column(), Severity.ERROR, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The diagnostic as a compiler prints it: {@code FILE:LINE:COLUMN: error: MESSAGE}, then the hint
   * on a second, indented line. Editors and CI annotate the file from the first line.
   */
  public String format() {
    String where = line > 0 ? file + ":" + line + ":" + column : file;
    String first = where + ": " + severity.word() + ": " + message;
    return hint.isBlank() ? first : first + "\n  hint: " + hint;
  }
}
