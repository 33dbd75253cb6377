package dev.accord.web;

import dev.accord.core.team.Person;
import dev.accord.core.team.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a caller may do through the server, given by the roles the accord gives them:
 *
 * <table>
 *   <tr><th>right</th><th>roles</th></tr>
 *   <tr><td>{@link #READ}</td><td>every person of the accord</td></tr>
 *   <tr><td>{@link #RAISE_DISPUTES}</td><td>member, manager, admin</td></tr>
 *   <tr><td>{@link #WORK_OWN_EXCEPTIONS}</td><td>member, manager, admin</td></tr>
 *   <tr><td>{@link #WORK_ANY_EXCEPTION}</td><td>manager, admin</td></tr>
 *   <tr><td>{@link #INGEST_EVENTS}</td><td>admin</td></tr>
 *   <tr><td>{@link #READ_AUDIT_LOG}</td><td>admin</td></tr>
 * </table>
 */
enum Right {
  /** Read records, histories, the queue, the triage pack and the SLA board. */
  READ,
  /** Raise a reporting dispute on a KPI. */
  RAISE_DISPUTES,
  /** Assign, resolve and comment on the exceptions the person or one of their teams owns. */
  WORK_OWN_EXCEPTIONS,
  /** Assign, resolve and comment on any exception. */
  WORK_ANY_EXCEPTION,
  /** Send events to the log. */
  INGEST_EVENTS,
  /** Read the audit log of writes. */
  READ_AUDIT_LOG;

  /** The rights the person's roles give. */
  static Set<Right> of(Person person) {
    Set<Right> rights = EnumSet.of(READ);
    for (Role role : person.roles()) {
      switch (role) {
        case VIEWER -> {}
        case MEMBER -> rights.addAll(EnumSet.of(RAISE_DISPUTES, WORK_OWN_EXCEPTIONS));
        case MANAGER ->
            rights.addAll(EnumSet.of(RAISE_DISPUTES, WORK_OWN_EXCEPTIONS, WORK_ANY_EXCEPTION));
        case ADMIN -> rights.addAll(EnumSet.allOf(Right.class));
      }
    }
    return rights;
  }

  /** The right's name as problems and the API document write it: {@code work_own_exceptions}. */
  String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
