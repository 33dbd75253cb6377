package dev.accord.storage;

/** Whether an event was new to the log or a second delivery of one it already holds. */
public enum Arrival {
  NEW,
  DUPLICATE
}
