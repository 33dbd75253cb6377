package dev.accord.core.queue;

import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.queue.AuditEntry.Audited;
import dev.accord.core.shared.Values;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An exception in the queue: the breach with its evidence, the owner who must resolve it by its due
 * date, how much it hurts, where it stands, how it was resolved, what people said about it and the
 * trail of every change made to it.
 *
 * <p>People change it only through {@link #apply}, which refuses what the workflow does not allow
 * and records every change it makes in the audit trail.
 *
 * @param id the queue's id for it, the same however often its event is delivered
 * @param exceptionCase the breach and its evidence
 * @param owner the team or person who must resolve it
 * @param severity how much it hurts
 * @param dueAt when it should be resolved by
 * @param status where it stands
 * @param resolutionCode how it was resolved, once it is closed
 * @param comments what people said, oldest first
 * @param audit every change, oldest first
 */
public record QueuedException(
    String id,
    ExceptionCase exceptionCase,
    String owner,
    ExceptionSeverity severity,
    Instant dueAt,
    QueueStatus status,
    Optional<String> resolutionCode,
    List<Comment> comments,
    List<AuditEntry> audit) {

  public QueuedException {
    id = Values.text(id);
    Objects.requireNonNull(exceptionCase, "exceptionCase");
    owner = Values.text(owner);
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(resolutionCode, "resolutionCode");
    comments = Values.list(comments);
    audit = Values.list(audit);
  }

  /** A new exception as the triage placed it: open, unresolved, with nothing said yet. */
  public static QueuedException raised(String id, ExceptionCase exceptionCase, Triage triage) {
    return new QueuedException(
        id,
        exceptionCase,
        triage.owner(),
        triage.severity(),
        triage.dueAt(),
        QueueStatus.OPEN,
        Optional.empty(),
        List.of(),
        List.of());
  }

  /** When it was raised: when the event that raised it occurred. */
  public Instant raisedAt() {
    return exceptionCase.occurredAt();
  }

  /** Whether it is still open past its due date at the instant. */
  public boolean isOverdueAt(Instant at) {
    return !status.isClosed() && at.isAfter(dueAt);
  }

  /** Carries out the command at the instant, or refuses it with the reason. */
  public QueueOutcome apply(QueueCommand command, Instant at) {
    return switch (command) {
      case QueueCommand.Assign assign -> assign(assign, at);
      case QueueCommand.Move move when move.to().isClosed() ->
          new QueueOutcome.Refused(
              "an exception is closed by resolving it with the code that says how");
      case QueueCommand.Move move ->
          status
              .refusalToMoveTo(move.to())
              .<QueueOutcome>map(QueueOutcome.Refused::new)
              .orElseGet(
                  () -> moveTo(move.to(), Optional.empty(), move.by(), at, Optional.empty()));
      case QueueCommand.Resolve resolve -> resolve(resolve, at);
      case QueueCommand.AddComment comment -> comment(comment.text(), comment.by(), at);
    };
  }

  private QueueOutcome assign(QueueCommand.Assign assign, Instant at) {
    if (assign.to().isBlank()) {
      return new QueueOutcome.Refused("name the team or person to assign the exception to");
    }
    if (assign.to().equals(owner)) {
      return new QueueOutcome.Refused("the exception is assigned to " + owner + " already");
    }
    if (status.isClosed()) {
      return new QueueOutcome.Refused(
          "the exception is " + status.word() + "; reopen it before assigning it");
    }
    AuditEntry entry = new AuditEntry(at, assign.by(), Audited.OWNER, owner, assign.to());
    return changed(
        with(assign.to(), status, resolutionCode, comments), List.of(entry), Optional.empty());
  }

  private QueueOutcome resolve(QueueCommand.Resolve resolve, Instant at) {
    if (resolve.code().isBlank()) {
      return new QueueOutcome.Refused("give the code that says how the exception was resolved");
    }
    Optional<String> refusal = status.refusalToMoveTo(resolve.as());
    if (refusal.isPresent()) {
      return new QueueOutcome.Refused(refusal.get());
    }
    return moveTo(resolve.as(), Optional.of(resolve.code()), resolve.by(), at, resolve.note());
  }

  /** A move of status; a reopened exception loses its resolution code, a resolved one gets one. */
  private QueueOutcome moveTo(
      QueueStatus next, Optional<String> code, String by, Instant at, Optional<String> note) {
    List<AuditEntry> entries = new ArrayList<>();
    entries.add(new AuditEntry(at, by, Audited.STATUS, status.word(), next.word()));
    if (!code.equals(resolutionCode)) {
      entries.add(
          new AuditEntry(
              at, by, Audited.RESOLUTION_CODE, resolutionCode.orElse(""), code.orElse("")));
    }
    Optional<Comment> comment = note.map(text -> new Comment(at, by, text));
    comment.ifPresent(c -> entries.add(new AuditEntry(at, by, Audited.COMMENT, "", c.text())));
    List<Comment> allComments = new ArrayList<>(comments);
    comment.ifPresent(allComments::add);
    return changed(with(owner, next, code, allComments), entries, comment);
  }

  private QueueOutcome comment(String text, String by, Instant at) {
    if (text.isBlank()) {
      return new QueueOutcome.Refused("a comment needs some text");
    }
    Comment comment = new Comment(at, by, text);
    List<Comment> allComments = new ArrayList<>(comments);
    allComments.add(comment);
    AuditEntry entry = new AuditEntry(at, by, Audited.COMMENT, "", text);
    return changed(
        with(owner, status, resolutionCode, allComments), List.of(entry), Optional.of(comment));
  }

  private QueuedException with(
      String newOwner, QueueStatus newStatus, Optional<String> newCode, List<Comment> newComments) {
    return new QueuedException(
        id, exceptionCase, newOwner, severity, dueAt, newStatus, newCode, newComments, audit);
  }

  private static QueueOutcome changed(
      QueuedException changed, List<AuditEntry> entries, Optional<Comment> comment) {
    List<AuditEntry> trail = new ArrayList<>(changed.audit());
    trail.addAll(entries);
    QueuedException after =
        new QueuedException(
            changed.id(),
            changed.exceptionCase(),
            changed.owner(),
            changed.severity(),
            changed.dueAt(),
            changed.status(),
            changed.resolutionCode(),
            changed.comments(),
            trail);
    return new QueueOutcome.Changed(after, entries, comment);
  }
}
