package dev.accord.notify;

import dev.accord.core.shared.Values;
import dev.accord.core.sla.EscalationAction;
import dev.accord.core.sla.Handoff;
import dev.accord.core.sla.SlaOutcome.EscalationDue;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * What people are told when a rung of a handoff's escalation ladder fires, the same on every
 * channel: a subject and a text naming the record, the handoff and the due instant, and the team
 * and person ids it is for.
 *
 * @param key what makes a second sending of the same escalation recognisable
 * @param recordId the record concerned
 * @param handoffId the handoff whose clock fired
 * @param subject one line, for an email's subject
 * @param text a few sentences, for a message's body
 * @param recipients team and person ids, as the engine resolved them
 */
public record Notification(
    String key,
    String recordId,
    String handoffId,
    String subject,
    String text,
    List<String> recipients) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm z");

  public Notification {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(handoffId, "handoffId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    recipients = Values.list(recipients);
  }

  /**
   * The message of an escalation, with the due instant read in the zone of the handoff's calendar.
   */
  public static Notification of(EscalationDue due, Handoff handoff, ZoneId zone) {
    String name = handoff.displayName();
    String dueAt = WHEN.format(due.dueAt().atZone(zone));
    String subject =
        switch (due.step().action()) {
          case REMIND -> "Reminder: " + name + " for record " + due.recordId() + " is due " + dueAt;
          case NOTIFY, REASSIGN ->
              name + " breached for record " + due.recordId() + " (due " + dueAt + ")";
          case OPEN_EXCEPTION ->
              "Exception opened: " + name + " breached for record " + due.recordId();
        };
    String text =
        (overdue(due.at(), due.dueAt())
                ? "Record " + due.recordId() + " has not been handled: " + name + " was due "
                : "Record " + due.recordId() + " is waiting: " + name + " is due ")
            + dueAt
            + " ("
            + handoff.sla().describe()
            + ", owned by "
            + handoff.owner()
            + ")."
            + (due.step().action() == EscalationAction.OPEN_EXCEPTION
                ? " An SLA breach exception is in the queue."
                : "");
    String key = due.handoffId() + ":" + due.recordId() + ":" + due.run() + ":" + due.stepIndex();
    return new Notification(key, due.recordId(), due.handoffId(), subject, text, due.recipients());
  }

  private static boolean overdue(Instant at, Instant dueAt) {
    return !at.isBefore(dueAt);
  }
}
