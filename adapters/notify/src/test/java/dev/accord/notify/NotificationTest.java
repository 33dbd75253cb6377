package dev.accord.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.sla.SlaOutcome.EscalationDue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words of an escalation name the record, the handoff and the due time in the calendar's zone.
 */
class NotificationTest {

  @Test
  void eachRungSaysWhatHappenedToWhom() {
    List<Notification> notifications =
        Escalations.ofUntouchedLead().stream().map(Escalations::notification).toList();

    assertThat(notifications)
        .extracting(Notification::subject)
        .containsExactly(
            "Reminder: Speed to lead for record L-42 is due Tue 6 Jan 2026 10:15 EST",
            "Speed to lead breached for record L-42 (due Tue 6 Jan 2026 10:15 EST)",
            "Exception opened: Speed to lead breached for record L-42");
    assertThat(notifications)
        .extracting(Notification::recipients)
        .containsExactly(List.of("jake"), List.of("maria"), List.of("revops"));
    assertThat(notifications.get(2).text())
        .isEqualTo(
            "Record L-42 has not been handled: Speed to lead was due Tue 6 Jan 2026 10:15 EST"
                + " (15 business minutes, owned by sdr). An SLA breach exception is in the queue.");
    assertThat(notifications).extracting(Notification::key).doesNotHaveDuplicates();
  }

  @Test
  void theAddressBookKnowsPeopleAndTheMembersOfTeams() {
    AddressBook book = new AddressBook(Escalations.ACCORD.people());

    assertThat(book.apply("maria")).containsExactly("maria.lopez@example.com");
    assertThat(book.apply("sdr")).contains("maria.lopez@example.com", "jake.turner@example.com");
    assertThat(book.apply("nobody")).isEmpty();
  }

  @Test
  void escalationsFromTheEngineAreThreeRungs() {
    assertThat(Escalations.ofUntouchedLead())
        .extracting(EscalationDue::stepIndex)
        .containsExactly(0, 1, 2);
  }
}
