package dev.accord.storage;

/**
 * What advancing the SLA clocks to an instant did: how many records' clocks had something due, how
 * many runs breached, how many escalation rungs fired and how many exceptions were queued.
 */
public record ClockReport(int records, int breaches, int escalations, int newExceptions) {

  public static final ClockReport NOTHING = new ClockReport(0, 0, 0, 0);

  public ClockReport plus(ClockReport other) {
    return new ClockReport(
        records + other.records,
        breaches + other.breaches,
        escalations + other.escalations,
        newExceptions + other.newExceptions);
  }
}
