package dev.accord.core.governance;

/** The kinds of decision whose rights the accord assigns. */
public enum DecisionDomain {
  DEFINITION_CHANGE,
  SLA_CHANGE,
  ROUTING_CHANGE,
  KPI_TARGET,
  BACKLOG_PRIORITY
}
