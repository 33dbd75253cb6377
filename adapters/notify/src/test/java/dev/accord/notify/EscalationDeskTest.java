package dev.accord.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import dev.accord.core.calendar.PublicHolidays;
import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.storage.Store;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole way from a lead nobody touches to the people told about it: the store's clocks under
 * the default accord fire the escalation ladders, and the desk delivers them by email to a real
 * SMTP server and by webhook to a real HTTP receiver on loopback, through the store's outbox.
 */
class EscalationDeskTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** Tuesday 6 January 2026, 10:00 in New York: the lead arrives and goes to Jake. */
  private static final Instant ARRIVED = Instant.parse("2026-01-06T15:00:00Z");

  private HttpServer receiver;
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final List<String> posted = new CopyOnWriteArrayList<>();
  private Store store;

  @BeforeEach
  void start() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          boolean fail = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
          if (!fail) {
            posted.add(body);
          }
          exchange.sendResponseHeaders(fail ? 503 : 200, -1);
          exchange.close();
        });
    receiver.start();
    store =
        Store.open("jdbc:h2:mem:accord-desk-" + DATABASES.incrementAndGet())
            .withEngine(Escalations.ACCORD.lifecycleEngine(), 1)
            .withSla(Escalations.ACCORD.slaEngine(PublicHolidays.none()));
    store.ingest(
        List.of(
            new RecordEvent.RecordCreated(
                header("k1", ARRIVED),
                "mql",
                Map.of("email", "lee@example.org", "country", "US", "lead_source", "webinar"),
                Optional.empty()),
            new RecordEvent.OwnerAssigned(header("k2", ARRIVED), "jake")),
        List.of(),
        Optional.empty());
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
    store.close();
  }

  private static EventHeader header(String key, Instant at) {
    return new EventHeader("L-42", "lead", at, "hubspot", key, "router");
  }

  private EscalationDesk desk(Instant now) {
    Map<String, String> environment =
        Map.of(
            ChannelSettings.WEBHOOK_URL,
            "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
            ChannelSettings.SMTP_HOST,
            "127.0.0.1",
            ChannelSettings.SMTP_PORT,
            String.valueOf(SMTP.getSmtp().getPort()),
            ChannelSettings.SMTP_FROM,
            "accord@example.com");
    ChannelSettings settings = new ChannelSettings(environment);
    return new EscalationDesk(
        store,
        Escalations.ACCORD,
        settings.channels(Escalations.ACCORD.people()),
        new RetryPolicy(2, Duration.ofMillis(10), 2, Duration.ofMillis(50)),
        duration -> {},
        Clock.fixed(now, ZoneOffset.UTC),
        settings.staleAfter());
  }

  @Test
  void anUntouchedLeadsLadderReachesTheOwnerTheManagerAndRevOpsByEmailAndWebhook()
      throws Exception {
    Instant now = ARRIVED.plus(Duration.ofHours(2));
    store.advanceClocks(now);

    DispatchReport report = desk(now).run();

    // Speed to lead (15 business minutes): the reminder at 7.5 minutes, the manager at the breach,
    // the exception an hour later. SAL acceptance (one business day) reaches its reminder only at
    // 14:00 in New York, after 'now' (12:00).
    assertThat(report.sent()).isEqualTo(3);
    assertThat(report.stale()).isZero();
    assertThat(report.stillOwed()).isZero();
    // One delivery per channel: log, webhook, email.
    assertThat(report.deliveries()).hasSize(9);
    assertThat(SMTP.waitForIncomingEmail(5_000, 3)).isTrue();
    assertThat(List.of(SMTP.getReceivedMessages()))
        .extracting(EscalationDeskTest::firstRecipient, EscalationDeskTest::subject)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "jake.turner@example.com",
                "Reminder: Speed to lead for record L-42 is due Tue 6 Jan 2026 10:15 EST"),
            org.assertj.core.groups.Tuple.tuple(
                "maria.lopez@example.com",
                "Speed to lead breached for record L-42 (due Tue 6 Jan 2026 10:15 EST)"),
            org.assertj.core.groups.Tuple.tuple(
                "priya.shah@example.com",
                "Exception opened: Speed to lead breached for record L-42"));
    assertThat(posted).hasSize(3);
    assertThat(posted.getFirst()).startsWith("{\"text\":\"Reminder: Speed to lead");
  }

  @Test
  void aSecondRoundSendsNothingTwice() {
    Instant now = ARRIVED.plus(Duration.ofHours(2));
    store.advanceClocks(now);
    desk(now).run();

    store.advanceClocks(now);
    DispatchReport again = desk(now).run();

    assertThat(again.sent()).isZero();
    assertThat(again.deliveries()).isEmpty();
    assertThat(posted).hasSize(3);
  }

  @Test
  void aWebhookThatKeepsFailingIsOwedUntilItAnswersAndIsNeverLost() {
    Instant now = ARRIVED.plus(Duration.ofHours(2));
    store.advanceClocks(now);
    failuresLeft.set(6); // both tries of each of the three webhook deliveries fail

    DispatchReport first = desk(now).run();

    assertThat(first.stillOwed()).isEqualTo(3);
    assertThat(store.owedDeliveries())
        .hasSize(3)
        .allSatisfy(owed -> {
          assertThat(owed.channelId()).isEqualTo("webhook");
          assertThat(owed.attempts()).isEqualTo(2);
          assertThat(owed.lastError()).get().asString().contains("HTTP 503");
        });

    DispatchReport second = desk(now.plusSeconds(60)).run();

    assertThat(second.sent()).isZero();
    assertThat(second.delivered()).isEqualTo(3);
    assertThat(store.owedDeliveries()).isEmpty();
    assertThat(posted).hasSize(3);
  }

  @Test
  void rungsFiredLongBeforeTheDeskRunsAreSetAsideAsStale() {
    // A historic import: the clocks catch up a week later; nobody is reminded of last week's lead.
    Instant weekLater = ARRIVED.plus(Duration.ofDays(7));
    store.advanceClocks(weekLater);

    DispatchReport report = desk(weekLater).run();

    assertThat(report.sent()).isZero();
    // Three rungs of each handoff's ladder.
    assertThat(report.stale()).isEqualTo(6);
    assertThat(report.deliveries()).isEmpty();
    assertThat(posted).isEmpty();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String firstRecipient(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
