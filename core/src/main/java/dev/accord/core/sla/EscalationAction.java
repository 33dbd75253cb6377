package dev.accord.core.sla;

/** What an escalation step does. */
public enum EscalationAction {
  REMIND,
  NOTIFY,
  OPEN_EXCEPTION,
  REASSIGN
}
