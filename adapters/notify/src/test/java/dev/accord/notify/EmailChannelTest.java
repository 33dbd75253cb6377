package dev.accord.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Escalation emails against a real SMTP server running inside the test (GreenMail). */
class EmailChannelTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private EmailChannel channel() throws DeliveryException {
    return EmailChannel.smtp(
        "127.0.0.1",
        SMTP.getSmtp().getPort(),
        "accord@example.com",
        new AddressBook(Escalations.ACCORD.people()));
  }

  @Test
  void theManagerGetsAnEmailNamingTheRecordTheHandoffAndTheDueTime() throws Exception {
    Notification breach = Escalations.notification(Escalations.ofUntouchedLead().get(1));
    Notifier notifier =
        new Notifier(
            List.of(channel()),
            new InMemoryOutbox(),
            RetryPolicy.standard(),
            duration -> {},
            Clock.systemUTC());

    assertThat(notifier.send(breach)).extracting(DeliveryReport::delivered).containsExactly(true);

    assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage email = SMTP.getReceivedMessages()[0];
    assertThat(email.getSubject())
        .isEqualTo("Speed to lead breached for record L-42 (due Tue 6 Jan 2026 10:15 EST)");
    assertThat(email.getRecipients(Message.RecipientType.TO))
        .extracting(Object::toString)
        .containsExactly("maria.lopez@example.com");
    assertThat(email.getFrom()).extracting(Object::toString).containsExactly("accord@example.com");
    assertThat(GreenMailUtil.getBody(email).strip())
        .isEqualTo(
            "Record L-42 has not been handled: Speed to lead was due Tue 6 Jan 2026 10:15 EST"
                + " (15 business minutes, owned by sdr).");
  }

  @Test
  void aTeamIsEmailedThroughItsMembers() throws Exception {
    Notification exception = Escalations.notification(Escalations.ofUntouchedLead().get(2));

    channel().deliver(exception);

    assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
    assertThat(SMTP.getReceivedMessages()[0].getSubject())
        .isEqualTo("Exception opened: Speed to lead breached for record L-42");
  }

  @Test
  void aServerThatIsDownFailsTheDeliveryAndKeepsIt() throws Exception {
    InMemoryOutbox outbox = new InMemoryOutbox();
    EmailChannel nowhere =
        EmailChannel.smtp(
            "127.0.0.1", 1, "accord@example.com", new AddressBook(Escalations.ACCORD.people()));
    Notifier notifier =
        new Notifier(
            List.of(nowhere),
            outbox,
            new RetryPolicy(2, Duration.ofMillis(1), 2, Duration.ofMillis(2)),
            duration -> {},
            Clock.systemUTC());

    DeliveryReport report =
        notifier.send(Escalations.notification(Escalations.ofUntouchedLead().get(1))).getFirst();

    assertThat(report.delivered()).isFalse();
    assertThat(report.attempts()).isEqualTo(2);
    assertThat(report.lastError()).get().asString().startsWith("SMTP delivery failed");
    assertThat(outbox.pending()).hasSize(1);
  }
}
