package dev.accord.core.shared;

import java.util.Objects;

/**
 * Something wrong with an accord: what is wrong, where it is, and how to fix it.
 *
 * @param severity whether the accord is unusable ({@link Severity#ERROR}) or merely suspicious
 * @param path where the offending value lives
 * @param message what is wrong, in one sentence
 * @param hint how to fix it, in one sentence
 */
public record Problem(Severity severity, SourcePath path, String message, String hint) {

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  public static Problem error(SourcePath path, String message, String hint) {
    return new Problem(Severity.ERROR, path, message, hint);
  }

  public static Problem warning(SourcePath path, String message, String hint) {
    return new Problem(Severity.WARNING, path, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
