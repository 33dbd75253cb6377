package dev.accord.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * The progress line of a long command, redrawn in place on a terminal and silent elsewhere, so that
 * logs and pipes get only the final summary.
 */
final class Progress {

  private static final long NANOS_BETWEEN_DRAWS = Duration.ofMillis(200).toNanos();

  private final PrintWriter err;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long lastDrawn;

  private Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** A progress line on stderr when a person is watching, none when the output is redirected. */
  static Progress onTerminal(PrintWriter err) {
    return new Progress(err, System.console() != null);
  }

  /** Redraws the line, at most five times a second. */
  void rows(long rows) {
    long now = System.nanoTime();
    if (!enabled || now - lastDrawn < NANOS_BETWEEN_DRAWS) {
      return;
    }
    lastDrawn = now;
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    err.printf(Locale.ROOT, "\r  %,12d rows  %,10.0f rows/s", rows, rows / seconds);
    err.flush();
  }

  /** Clears the line before the summary is printed. */
  void done() {
    if (enabled) {
      err.print("\r" + " ".repeat(48) + "\r");
      err.flush();
    }
  }
}
