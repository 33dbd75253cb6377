package dev.accord.storage;

import java.util.Objects;

/**
 * What {@code accord rebuild} did: every projection recomputed from the log, and the fingerprints
 * of all record states before and after, which match when the log reproduces the state exactly.
 *
 * @param events how many logged events were replayed
 * @param records how many records the replay produced
 * @param digestBefore {@link StateDigest} of the states before the rebuild
 * @param digestAfter {@link StateDigest} of the states the rebuild produced
 */
public record RebuildReport(long events, long records, String digestBefore, String digestAfter) {

  public RebuildReport {
    Objects.requireNonNull(digestBefore, "digestBefore");
    Objects.requireNonNull(digestAfter, "digestAfter");
  }

  /** Whether the rebuild gave exactly the state that was stored. */
  public boolean reproduced() {
    return digestBefore.equals(digestAfter);
  }
}
