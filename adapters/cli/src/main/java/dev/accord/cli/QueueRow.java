package dev.accord.cli;

import dev.accord.core.queue.AuditEntry;
import dev.accord.core.queue.Comment;
import dev.accord.core.queue.QueuedException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A queued exception in the {@code --json} form of the queue's commands. */
record QueueRow(
    String id,
    String type,
    String recordId,
    String owner,
    String severity,
    String status,
    Instant raisedAt,
    Instant dueAt,
    boolean overdue,
    Optional<String> resolutionCode,
    String description,
    List<CommentRow> comments,
    List<AuditRow> audit) {

  record CommentRow(Instant at, String author, String text) {}

  record AuditRow(Instant at, String by, String what, String before, String after) {}

  static QueueRow of(QueuedException exception, Instant now) {
    return new QueueRow(
        exception.id(),
        QueueWords.word(exception.exceptionCase().type()),
        exception.exceptionCase().recordId(),
        exception.owner(),
        QueueWords.word(exception.severity()),
        exception.status().word(),
        exception.raisedAt(),
        exception.dueAt(),
        exception.isOverdueAt(now),
        exception.resolutionCode(),
        exception.exceptionCase().describe(),
        exception.comments().stream().map(QueueRow::comment).toList(),
        exception.audit().stream().map(QueueRow::audit).toList());
  }

  private static CommentRow comment(Comment comment) {
    return new CommentRow(comment.at(), comment.author(), comment.text());
  }

  private static AuditRow audit(AuditEntry entry) {
    return new AuditRow(entry.at(), entry.by(), entry.what().word(), entry.before(), entry.after());
  }
}
