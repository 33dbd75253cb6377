package dev.accord.web;

import dev.accord.core.queue.AuditEntry;
import dev.accord.core.queue.Comment;
import dev.accord.core.queue.QueuedException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A queued exception as the API shows it, in the shape of {@code accord exceptions --json}: who
 * owns it, how bad and how late it is, what is wrong, what people said and every change made.
 */
record ExceptionView(
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
    List<CommentView> comments,
    List<AuditView> audit,
    String href) {

  record CommentView(Instant at, String author, String text) {}

  record AuditView(Instant at, String by, String what, String before, String after) {}

  static ExceptionView of(QueuedException exception, Instant now) {
    return new ExceptionView(
        exception.id(),
        word(exception.exceptionCase().type()),
        exception.exceptionCase().recordId(),
        exception.owner(),
        word(exception.severity()),
        exception.status().word(),
        exception.raisedAt(),
        exception.dueAt(),
        exception.isOverdueAt(now),
        exception.resolutionCode(),
        exception.exceptionCase().describe(),
        exception.comments().stream().map(ExceptionView::comment).toList(),
        exception.audit().stream().map(ExceptionView::audit).toList(),
        ExceptionRoutes.PATH + "/" + exception.id());
  }

  static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  private static CommentView comment(Comment comment) {
    return new CommentView(comment.at(), comment.author(), comment.text());
  }

  private static AuditView audit(AuditEntry entry) {
    return new AuditView(
        entry.at(), entry.by(), entry.what().word(), entry.before(), entry.after());
  }
}
