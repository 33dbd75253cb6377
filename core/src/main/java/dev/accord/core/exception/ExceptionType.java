package dev.accord.core.exception;

/** The kinds of exception the engine raises, each a breach of the accord or of data quality. */
public enum ExceptionType {
  INVALID_TRANSITION,
  MISSING_REQUIRED_FIELD,
  MISSING_REASON_CODE,
  ENTRY_CRITERIA_NOT_MET,
  OUT_OF_ORDER_EVENT,
  DATA_QUALITY,
  ROUTING_FAILURE,
  SUSPECTED_DUPLICATE,
  SLA_BREACH
}
