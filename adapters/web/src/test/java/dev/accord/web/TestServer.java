package dev.accord.web;

import dev.accord.core.accord.Accord;
import dev.accord.core.calendar.PublicHolidays;
import dev.accord.storage.Store;
import dev.accord.yaml.AccordChecker;
import dev.accord.yaml.DefaultAccord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A real server for a test, on loopback and a free port, over a real store opened as {@code accord
 * serve} opens it (the default accord's engine, triage, routing and clocks), with a client that
 * talks to it: Javalin's test-tools idea, the app made by the same factory the CLI uses.
 */
final class TestServer implements AutoCloseable {

  static final Instant NOW = Instant.parse("2026-03-04T15:00:00Z");
  static final String HUBSPOT_SECRET = "hubspot-client-secret";
  static final String SALESFORCE_SECRET = "salesforce-shared-secret";

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final Accord ACCORD =
      AccordChecker.check("default accord", DefaultAccord.text()).accord().orElseThrow();

  private final Store store;
  private final AccordServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final List<String> log = new CopyOnWriteArrayList<>();

  private TestServer(String jdbcUrl, UnaryOperator<ServerSettings> settings) {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    PublicHolidays holidays = PublicHolidays.none();
    store =
        Store.open(jdbcUrl)
            .withClock(clock)
            .withEngine(ACCORD.lifecycleEngine(), ACCORD.info().version())
            .withTriage(ACCORD.exceptionTriage(holidays))
            .withRouting(ACCORD.routingTable(holidays))
            .withSla(ACCORD.slaEngine(holidays));
    server =
        AccordServer.create(
                ACCORD,
                store,
                settings.apply(
                    ServerSettings.defaults()
                        .withPort(0)
                        .withClock(clock)
                        .withHubSpotSecret(java.util.Optional.of(HUBSPOT_SECRET))
                        .withSalesforceSecret(java.util.Optional.of(SALESFORCE_SECRET))
                        .withRequestLog(log::add)))
            .start();
  }

  /** A server on a new in-memory H2 database. */
  static TestServer start() {
    return start("jdbc:h2:mem:accord-web-" + DATABASES.incrementAndGet());
  }

  static TestServer start(String jdbcUrl) {
    return new TestServer(jdbcUrl, UnaryOperator.identity());
  }

  static TestServer start(UnaryOperator<ServerSettings> settings) {
    return new TestServer("jdbc:h2:mem:accord-web-" + DATABASES.incrementAndGet(), settings);
  }

  static Accord accord() {
    return ACCORD;
  }

  /** Issues a token for the person, as {@code accord token create} does. */
  String token(String person) {
    return store.issueToken(person, "test").secret();
  }

  Store store() {
    return store;
  }

  AccordServer server() {
    return server;
  }

  List<String> log() {
    return log;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  HttpResponse<String> get(String path, String token) {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET());
  }

  HttpResponse<String> get(String path, String token, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET();
    headers.forEach(request::header);
    return send(request);
  }

  HttpResponse<String> post(String path, String token, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request);
  }

  HttpResponse<String> postJson(String path, String token, String body) {
    return post(path, token, "application/json", body);
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
    store.close();
    client.close();
  }
}
