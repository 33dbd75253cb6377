package dev.accord.core.queue;

import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.shared.Values;
import java.util.Objects;

/**
 * The accord's word on one type of exception: who owns it, how much it hurts, and how long the
 * owner has to resolve it. Exceptions have SLAs too.
 *
 * @param type the type of exception
 * @param owner the team or person who resolves it, by id
 * @param severity how much it hurts while open
 * @param sla how long the owner has, in business time on the owner's calendar
 */
public record ExceptionPolicy(
    ExceptionType type, String owner, ExceptionSeverity severity, BusinessDuration sla) {

  public ExceptionPolicy {
    Objects.requireNonNull(type, "type");
    owner = Values.text(owner);
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(sla, "sla");
  }

  /**
   * The policy for a type the accord says nothing of, owned by the given party: breaches that stop
   * records (invalid moves, routing failures, SLA breaches) hurt most and are due soonest, findings
   * in the data least.
   */
  public static ExceptionPolicy byDefault(ExceptionType type, String owner) {
    return switch (type) {
      case INVALID_TRANSITION, SLA_BREACH ->
          new ExceptionPolicy(type, owner, ExceptionSeverity.HIGH, BusinessDuration.days(1));
      case ROUTING_FAILURE ->
          new ExceptionPolicy(type, owner, ExceptionSeverity.HIGH, BusinessDuration.hours(4));
      case MISSING_REQUIRED_FIELD, MISSING_REASON_CODE, ENTRY_CRITERIA_NOT_MET ->
          new ExceptionPolicy(type, owner, ExceptionSeverity.MEDIUM, BusinessDuration.days(2));
      case SUSPECTED_DUPLICATE, REPORTING_DISPUTE ->
          new ExceptionPolicy(type, owner, ExceptionSeverity.MEDIUM, BusinessDuration.days(3));
      case OUT_OF_ORDER_EVENT, DATA_QUALITY ->
          new ExceptionPolicy(type, owner, ExceptionSeverity.LOW, BusinessDuration.days(5));
    };
  }
}
