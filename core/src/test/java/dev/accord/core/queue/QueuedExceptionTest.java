package dev.accord.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.queue.AuditEntry.Audited;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class QueuedExceptionTest {

  private static final Instant RAISED = Instant.parse("2026-01-05T14:00:00Z");
  private static final Instant LATER = Instant.parse("2026-01-06T10:00:00Z");

  private static QueuedException open() {
    return QueuedException.raised(
        "abc",
        new ExceptionCase.InvalidTransition("L-1", "k-1", RAISED, "new", "sql"),
        new Triage("sdr", ExceptionSeverity.HIGH, Instant.parse("2026-01-06T14:00:00Z")));
  }

  private static QueuedException changed(QueueOutcome outcome) {
    assertThat(outcome).isInstanceOf(QueueOutcome.Changed.class);
    return ((QueueOutcome.Changed) outcome).exception();
  }

  @Test
  void anExceptionIsTakenOnAndResolvedWithACodeAndEveryStepIsAudited() {
    QueuedException taken =
        changed(open().apply(new QueueCommand.Move(QueueStatus.IN_PROGRESS, "ana"), RAISED));
    QueuedException resolved =
        changed(
            taken.apply(
                new QueueCommand.Resolve(
                    QueueStatus.RESOLVED, "fixed_in_crm", Optional.of("stage corrected"), "ana"),
                LATER));

    assertThat(resolved.status()).isEqualTo(QueueStatus.RESOLVED);
    assertThat(resolved.resolutionCode()).contains("fixed_in_crm");
    assertThat(resolved.comments()).containsExactly(new Comment(LATER, "ana", "stage corrected"));
    assertThat(resolved.audit())
        .containsExactly(
            new AuditEntry(RAISED, "ana", Audited.STATUS, "open", "in_progress"),
            new AuditEntry(LATER, "ana", Audited.STATUS, "in_progress", "resolved"),
            new AuditEntry(LATER, "ana", Audited.RESOLUTION_CODE, "", "fixed_in_crm"),
            new AuditEntry(LATER, "ana", Audited.COMMENT, "", "stage corrected"));
  }

  @Test
  void assigningRecordsTheOwnerBeforeAndAfter() {
    QueueOutcome outcome = open().apply(new QueueCommand.Assign("ana", "priya"), LATER);

    assertThat(outcome)
        .isEqualTo(
            new QueueOutcome.Changed(
                changed(outcome),
                java.util.List.of(new AuditEntry(LATER, "priya", Audited.OWNER, "sdr", "ana")),
                Optional.empty()));
    assertThat(changed(outcome).owner()).isEqualTo("ana");
    // Assigning is not taking it on: the exception waits in the new owner's queue.
    assertThat(changed(outcome).status()).isEqualTo(QueueStatus.OPEN);
  }

  @Test
  void aClosedExceptionRefusesEverythingButReopening() {
    QueuedException wontFix =
        changed(
            open()
                .apply(
                    new QueueCommand.Resolve(
                        QueueStatus.WONT_FIX, "test_record", Optional.empty(), "ana"),
                    LATER));

    assertThat(wontFix.apply(new QueueCommand.Move(QueueStatus.IN_PROGRESS, "ana"), LATER))
        .isEqualTo(
            new QueueOutcome.Refused(
                "the exception is wont_fix; reopen it before moving it to in_progress"));
    assertThat(
            wontFix.apply(
                new QueueCommand.Resolve(QueueStatus.RESOLVED, "fixed", Optional.empty(), "ana"),
                LATER))
        .isEqualTo(
            new QueueOutcome.Refused(
                "the exception is wont_fix; reopen it before moving it to resolved"));
    assertThat(wontFix.apply(new QueueCommand.Assign("bob", "ana"), LATER))
        .isEqualTo(
            new QueueOutcome.Refused("the exception is wont_fix; reopen it before assigning it"));

    QueuedException reopened =
        changed(wontFix.apply(new QueueCommand.Move(QueueStatus.OPEN, "priya"), LATER));
    // Reopening takes the resolution code away: the exception is not resolved any more.
    assertThat(reopened.resolutionCode()).isEmpty();
    assertThat(reopened.audit().getLast())
        .isEqualTo(new AuditEntry(LATER, "priya", Audited.RESOLUTION_CODE, "test_record", ""));
  }

  @Test
  void refusesMovesThatChangeNothingOrCloseWithoutACode() {
    assertThat(open().apply(new QueueCommand.Move(QueueStatus.OPEN, "ana"), LATER))
        .isEqualTo(new QueueOutcome.Refused("the exception is open already"));
    assertThat(open().apply(new QueueCommand.Move(QueueStatus.RESOLVED, "ana"), LATER))
        .isEqualTo(
            new QueueOutcome.Refused(
                "an exception is closed by resolving it with the code that says how"));
    assertThat(
            open()
                .apply(
                    new QueueCommand.Resolve(QueueStatus.RESOLVED, " ", Optional.empty(), "ana"),
                    LATER))
        .isEqualTo(
            new QueueOutcome.Refused("give the code that says how the exception was resolved"));
    assertThat(open().apply(new QueueCommand.Assign("sdr", "ana"), LATER))
        .isEqualTo(new QueueOutcome.Refused("the exception is assigned to sdr already"));
  }

  @Property
  void onlyReopeningLeavesAClosedStatusAndNoStatusMovesToItself(
      @ForAll QueueStatus from, @ForAll QueueStatus to) {
    boolean allowed = from.refusalToMoveTo(to).isEmpty();
    boolean expected = from != to && (!from.isClosed() || to == QueueStatus.OPEN);
    assertThat(allowed).isEqualTo(expected);
  }

  @Test
  void isOverdueOnlyWhileOpenPastItsDueDate() {
    Instant afterDue = Instant.parse("2026-01-07T00:00:00Z");
    assertThat(open().isOverdueAt(afterDue)).isTrue();
    assertThat(open().isOverdueAt(LATER)).isFalse();
    QueuedException resolved =
        changed(
            open()
                .apply(
                    new QueueCommand.Resolve(QueueStatus.RESOLVED, "fixed", Optional.empty(), "a"),
                    LATER));
    assertThat(resolved.isOverdueAt(afterDue)).isFalse();
  }
}
