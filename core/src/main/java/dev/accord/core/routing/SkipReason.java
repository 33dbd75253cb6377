package dev.accord.core.routing;

/** Why round-robin passes over a teammate. */
public enum SkipReason {
  OUT_OF_OFFICE,
  OUTSIDE_HOURS,
  INACTIVE,
  AT_CAPACITY
}
