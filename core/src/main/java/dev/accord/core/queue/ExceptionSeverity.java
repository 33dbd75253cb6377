package dev.accord.core.queue;

/** How much an exception hurts while it stays open, and so how soon the queue looks at it. */
public enum ExceptionSeverity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
