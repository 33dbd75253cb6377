package dev.accord.core.event;

/** The kinds of touch that count as working a record. */
public enum ActivityType {
  EMAIL,
  CALL,
  MEETING
}
