package dev.accord.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook against a real HTTP receiver on the loopback interface, which fails as many first
 * requests as it is told to and then accepts.
 */
class WebhookChannelTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-06T16:00:00Z"), ZoneOffset.UTC);

  private HttpServer server;
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private Notifier notifier;

  @BeforeEach
  void startReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          boolean fail = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
          byte[] answer = (fail ? "busy" : "ok").getBytes(StandardCharsets.UTF_8);
          if (!fail) {
            received.add(body);
          }
          exchange.sendResponseHeaders(fail ? 503 : 200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    WebhookChannel webhook =
        new WebhookChannel(url, HttpClient.newHttpClient(), Duration.ofSeconds(5));
    notifier =
        new Notifier(
            List.of(webhook),
            outbox,
            new RetryPolicy(3, Duration.ofMillis(200), 2, Duration.ofSeconds(10)),
            waits::add,
            CLOCK);
  }

  @AfterEach
  void stopReceiver() {
    server.stop(0);
  }

  @Test
  void aFailedFirstPostIsRetriedAfterABackoffAndArrivesInSlacksShape() throws IOException {
    failuresLeft.set(1);
    Notification breach = Escalations.notification(Escalations.ofUntouchedLead().get(1));

    List<DeliveryReport> reports = notifier.send(breach);

    assertThat(reports)
        .containsExactly(
            new DeliveryReport(
                "speed_to_lead:L-42:1:1@webhook",
                "webhook",
                true,
                2,
                Optional.of(
                    "webhook http://127.0.0.1:"
                        + server.getAddress().getPort()
                        + "/hook answered HTTP 503: busy")));
    assertThat(waits).containsExactly(Duration.ofMillis(200));
    assertThat(outbox.pending()).isEmpty();
    JsonNode payload = new ObjectMapper().readTree(received.getFirst());
    assertThat(payload.get("text").asText()).startsWith("Speed to lead breached for record L-42");
    assertThat(payload.get("blocks").get(0).get("type").asText()).isEqualTo("header");
    assertThat(payload.get("blocks").get(1).get("text").get("text").asText())
        .contains("L-42", "Speed to lead", "10:15 EST");
  }

  @Test
  void aDeliveryThatKeepsFailingIsReportedAndKeptUntilTheReceiverRecovers() {
    failuresLeft.set(5);
    Notification reminder = Escalations.notification(Escalations.ofUntouchedLead().getFirst());

    DeliveryReport failed = notifier.send(reminder).getFirst();

    // Three tries with 200 ms then 400 ms between them; the delivery waits in the outbox.
    assertThat(failed.delivered()).isFalse();
    assertThat(failed.attempts()).isEqualTo(3);
    assertThat(failed.lastError()).get().asString().endsWith("answered HTTP 503: busy");
    assertThat(waits).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    assertThat(outbox.pending()).extracting(Delivery::attempts).containsExactly(3);
    assertThat(outbox.pending().getFirst().lastAttemptAt()).contains(CLOCK.instant());
    assertThat(received).isEmpty();

    // Two more failures, then the receiver is back: the next round delivers it.
    DeliveryReport recovered = notifier.flush().getFirst();

    assertThat(recovered.delivered()).isTrue();
    assertThat(recovered.attempts()).isEqualTo(6);
    assertThat(received).hasSize(1);
    assertThat(outbox.pending()).isEmpty();
  }

  @Test
  void anUnreachableReceiverIsAFailedDeliveryNotALostOne() {
    int port = server.getAddress().getPort();
    server.stop(0);
    Notification reminder = Escalations.notification(Escalations.ofUntouchedLead().getFirst());

    DeliveryReport report = notifier.send(reminder).getFirst();

    assertThat(report.delivered()).isFalse();
    assertThat(report.lastError())
        .get()
        .asString()
        .startsWith("webhook http://127.0.0.1:" + port + "/hook unreachable");
    assertThat(outbox.pending()).hasSize(1);
  }
}
