package dev.accord.core.sla;

/**
 * How a handoff's clocks have ended, counted over runs: met before the due instant, breached (late,
 * whether met afterwards or still open), still open and not yet late, or withdrawn because the
 * record left the handoff before anybody was late. Counts of records add up to counts of a handoff.
 */
public record Compliance(int metInTime, int breached, int open, int withdrawn) {

  public static final Compliance NONE = new Compliance(0, 0, 0, 0);

  public Compliance {
    if (metInTime < 0 || breached < 0 || open < 0 || withdrawn < 0) {
      throw new IllegalArgumentException("compliance counts cannot be negative");
    }
  }

  /** The count of one run as it stands. */
  public static Compliance of(SlaTimer timer) {
    if (timer.breached()) {
      return new Compliance(0, 1, 0, 0);
    }
    return switch (timer.status()) {
      case MET -> new Compliance(1, 0, 0, 0);
      case RUNNING, PAUSED -> new Compliance(0, 0, 1, 0);
      case WITHDRAWN -> new Compliance(0, 0, 0, 1);
    };
  }

  public Compliance plus(Compliance other) {
    return new Compliance(
        metInTime + other.metInTime,
        breached + other.breached,
        open + other.open,
        withdrawn + other.withdrawn);
  }

  /** The runs that have been judged: met in time or breached. */
  public int decided() {
    return metInTime + breached;
  }

  /** The share of judged runs met in time, from 0 to 1; empty while nothing has been judged. */
  public java.util.OptionalDouble rate() {
    return decided() == 0
        ? java.util.OptionalDouble.empty()
        : java.util.OptionalDouble.of((double) metInTime / decided());
  }
}
