package dev.accord.web;

import static dev.accord.web.ApiContract.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The CRMs' webhooks as the CRMs call them: signed deliveries become events once; forged, stale and
 * repeated ones add nothing.
 */
class WebhookTest {

  private TestServer server;
  private String admin;

  @BeforeEach
  void start() {
    server = TestServer.start();
    admin = server.token("priya");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static byte[] hmac(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode record(String id) {
    HttpResponse<String> answer = server.get("/api/v1/records/" + id, admin);
    return answer.statusCode() == 200 ? Json.read(answer.body()) : null;
  }

  private long events() {
    return Json.read(server.get("/api/v1/records?limit=1000", admin).body())
        .path("items")
        .findValues("eventCount")
        .stream()
        .mapToLong(JsonNode::asLong)
        .sum();
  }

  @Nested
  class HubSpot {

    static final String PATH = "/api/v1/webhooks/hubspot";

    /** A contact created, made an MQL by HubSpot's lifecycle stage, given an owner, a field set. */
    final String body =
        "[{\"eventId\":101,\"subscriptionId\":7,\"portalId\":62515,\"occurredAt\":"
            + TestServer.NOW.minusSeconds(120).toEpochMilli()
            + ",\"subscriptionType\":\"contact.creation\",\"attemptNumber\":0,\"objectId\":5001,"
            + "\"changeSource\":\"CRM\"},"
            + "{\"eventId\":102,\"occurredAt\":"
            + TestServer.NOW.minusSeconds(60).toEpochMilli()
            + ",\"subscriptionType\":\"contact.propertyChange\",\"objectId\":5001,"
            + "\"propertyName\":\"firstname\",\"propertyValue\":\"Ada\"},"
            + "{\"eventId\":103,\"occurredAt\":"
            + TestServer.NOW.minusSeconds(50).toEpochMilli()
            + ",\"subscriptionType\":\"contact.propertyChange\",\"objectId\":5001,"
            + "\"propertyName\":\"hubspot_owner_id\",\"propertyValue\":\"jake\"},"
            + "{\"eventId\":104,\"occurredAt\":"
            + TestServer.NOW.minusSeconds(40).toEpochMilli()
            + ",\"subscriptionType\":\"contact.propertyChange\",\"objectId\":5001,"
            + "\"propertyName\":\"lifecyclestage\",\"propertyValue\":\"lead\"},"
            + "{\"eventId\":105,\"occurredAt\":"
            + TestServer.NOW.minusSeconds(30).toEpochMilli()
            + ",\"subscriptionType\":\"contact.deletion\",\"objectId\":5002}]";

    HttpResponse<String> deliver(String payload, long timestamp, String signature) {
      return server.send(
          HttpRequest.newBuilder(server.uri(PATH))
              .header("Content-Type", "application/json")
              .header("X-HubSpot-Request-Timestamp", Long.toString(timestamp))
              .header("X-HubSpot-Signature-v3", signature)
              .POST(HttpRequest.BodyPublishers.ofString(payload)));
    }

    String sign(String payload, long timestamp) {
      String uri = server.uri(PATH).toString();
      return Base64.getEncoder()
          .encodeToString(hmac(TestServer.HUBSPOT_SECRET, "POST" + uri + payload + timestamp));
    }

    HttpResponse<String> deliver(String payload) {
      long now = TestServer.NOW.toEpochMilli();
      return deliver(payload, now, sign(payload, now));
    }

    @Test
    void a_signed_delivery_becomes_events() {
      HttpResponse<String> answer = deliver(body);

      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      JsonNode counts = Json.read(answer.body());
      assertThat(counts.path("received").asInt()).isEqualTo(5);
      assertThat(counts.path("ignored").asInt()).isEqualTo(1);
      assertThat(counts.path("duplicates").asInt()).isZero();
      JsonNode lead = record("5001");
      assertThat(lead.path("objectType").asText()).isEqualTo("lead");
      assertThat(lead.path("fields").path("first_name").asText()).isEqualTo("Ada");
      assertThat(lead.path("owner").asText()).isEqualTo("jake");
      assertThat(lead.path("stageHistory").get(0).path("to").asText()).isEqualTo("subscriber");
      assertThat(lead.path("stage").asText()).isEqualTo("lead");
      assertThat(lead.path("stageHistory").get(1).path("source").asText()).isEqualTo("hubspot");
    }

    @Test
    void a_replayed_delivery_adds_nothing_and_says_so() {
      deliver(body);
      long before = events();

      HttpResponse<String> again = deliver(body);

      assertThat(again.statusCode()).isEqualTo(200);
      JsonNode counts = Json.read(again.body());
      assertThat(counts.path("duplicates").asInt()).isEqualTo(5);
      assertThat(counts.path("accepted").asInt()).isZero();
      assertThat(events()).isEqualTo(before);

      String one =
          "[{\"eventId\":104,\"occurredAt\":"
              + TestServer.NOW.toEpochMilli()
              + ",\"subscriptionType\":\"contact.propertyChange\",\"objectId\":5001,"
              + "\"propertyName\":\"lifecyclestage\",\"propertyValue\":\"marketingqualifiedlead\"}]";
      JsonNode repeated = Json.read(deliver(one).body());
      assertThat(repeated.path("duplicates").asInt()).isEqualTo(1);
      assertThat(record("5001").path("stage").asText()).isEqualTo("lead");
    }

    @Test
    void a_forged_signature_is_refused() {
      long now = TestServer.NOW.toEpochMilli();
      HttpResponse<String> answer =
          deliver(
              body, now, Base64.getEncoder().encodeToString(hmac("guessed", "POST" + body + now)));

      assertProblem(answer, 401, "bad-signature");
      assertThat(Json.read(answer.body()).path("errors").get(0).path("header").asText())
          .isEqualTo("X-HubSpot-Signature-v3");
      assertThat(record("5001")).isNull();
    }

    @Test
    void an_oversized_delivery_is_refused_before_anything_is_read() {
      String huge = "[" + "{\"eventId\":1},".repeat(100_000) + "{\"eventId\":2}]";
      long now = TestServer.NOW.toEpochMilli();

      HttpResponse<String> answer = deliver(huge, now, "irrelevant");

      assertProblem(answer, 413, "payload-too-large");
      assertThat(Json.read(answer.body()).path("detail").asText()).contains("at most 1024 KB");
    }

    @Test
    void a_signature_of_another_body_is_refused() {
      long now = TestServer.NOW.toEpochMilli();
      assertProblem(
          deliver(body.replace("Ada", "Eve"), now, sign(body, now)), 401, "bad-signature");
    }

    @Test
    void a_stale_delivery_is_refused_even_when_signed() {
      long stale = TestServer.NOW.minus(Duration.ofMinutes(6)).toEpochMilli();
      HttpResponse<String> answer = deliver(body, stale, sign(body, stale));

      assertProblem(answer, 401, "bad-signature");
      assertThat(Json.read(answer.body()).path("errors").get(0).path("header").asText())
          .isEqualTo("X-HubSpot-Request-Timestamp");
      assertThat(record("5001")).isNull();
    }

    @Test
    void an_unsigned_delivery_is_refused() {
      assertProblem(server.postJson(PATH, null, body), 401, "bad-signature");
    }

    @Test
    void a_signed_delivery_that_is_no_notification_is_refused_at_its_pointer() {
      String payload = "[{\"eventId\":1,\"objectId\":2,\"subscriptionType\":\"contact.creation\"}]";
      HttpResponse<String> answer = deliver(payload);

      assertProblem(answer, 400, "invalid-input");
      assertThat(Json.read(answer.body()).path("errors").get(0).path("pointer").asText())
          .isEqualTo("/0/occurredAt");
    }

    @Test
    void deliveries_are_audited_as_hubspot() {
      deliver(body);

      JsonNode entry = Json.read(server.get("/api/v1/audit", admin).body()).path("items").get(0);
      assertThat(entry.path("actor").asText()).isEqualTo("hubspot");
      assertThat(entry.path("via").asText()).isEqualTo("webhook:hubspot");
    }
  }

  @Nested
  class Salesforce {

    static final String PATH = "/api/v1/webhooks/salesforce";

    static String notification(String id, String status, String owner, String title, Instant at) {
      return "{\"id\":\""
          + id
          + "\",\"sObject\":{\"type\":\"Lead\",\"Id\":\"00Q5g000001\",\"Status\":\""
          + status
          + "\",\"OwnerId\":\""
          + owner
          + "\",\"Email\":\"ada@example.org\",\"Title\":\""
          + title
          + "\",\"CreatedDate\":\"2026-03-04T14:00:00.000+0000\",\"LastModifiedDate\":\""
          + at
          + "\"}}";
    }

    static String payload(String... notifications) {
      return "{\"organizationId\":\"00D5g000004\",\"notifications\":["
          + String.join(",", notifications)
          + "]}";
    }

    HttpResponse<String> deliver(String payload, long seconds, String signature) {
      return server.send(
          HttpRequest.newBuilder(server.uri(PATH))
              .header("Content-Type", "application/json")
              .header("X-Accord-Timestamp", Long.toString(seconds))
              .header("X-Accord-Signature", signature)
              .POST(HttpRequest.BodyPublishers.ofString(payload)));
    }

    HttpResponse<String> deliver(String payload) {
      long now = TestServer.NOW.getEpochSecond();
      return deliver(
          payload,
          now,
          "sha256="
              + HexFormat.of().formatHex(hmac(TestServer.SALESFORCE_SECRET, now + "." + payload)));
    }

    @Test
    void a_new_record_is_created_and_a_changed_one_moved() {
      HttpResponse<String> created =
          deliver(
              payload(
                  notification(
                      "04l-1",
                      "Open - Not Contacted",
                      "maria",
                      "CTO",
                      TestServer.NOW.minusSeconds(600))));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
      JsonNode lead = record("00Q5g000001");
      assertThat(lead.path("stage").asText()).isEqualTo("lead");
      assertThat(lead.path("owner").asText()).isEqualTo("maria");
      assertThat(lead.path("fields").path("email").asText()).isEqualTo("ada@example.org");
      assertThat(lead.path("fields").path("job_title").asText()).isEqualTo("CTO");
      assertThat(lead.path("createdAt").asText()).isEqualTo("2026-03-04T14:00:00Z");

      JsonNode moved =
          Json.read(
              deliver(
                      payload(
                          notification(
                              "04l-2",
                              "Working - Contacted",
                              "jake",
                              "CTO",
                              TestServer.NOW.minusSeconds(60))))
                  .body());
      assertThat(moved.path("events"))
          .extracting(e -> e.path("type").asText())
          .containsExactly("owner_assigned", "stage_changed");
      lead = record("00Q5g000001");
      assertThat(lead.path("stage").asText()).isEqualTo("mql");
      assertThat(lead.path("owner").asText()).isEqualTo("jake");
    }

    @Test
    void a_replayed_notification_adds_nothing() {
      String delivery =
          payload(notification("04l-1", "Open - Not Contacted", "maria", "CTO", TestServer.NOW));
      deliver(delivery);

      JsonNode again = Json.read(deliver(delivery).body());

      assertThat(again.path("duplicates").asInt()).isEqualTo(1);
      assertThat(again.path("events")).isEmpty();
      assertThat(record("00Q5g000001").path("eventCount").asInt()).isEqualTo(1);
    }

    @Test
    void a_forged_or_stale_delivery_is_refused() {
      String delivery =
          payload(notification("04l-1", "Open - Not Contacted", "maria", "CTO", TestServer.NOW));
      long now = TestServer.NOW.getEpochSecond();
      assertProblem(
          deliver(
              delivery,
              now,
              "sha256=" + HexFormat.of().formatHex(hmac("guessed", now + "." + delivery))),
          401,
          "bad-signature");
      long stale = now - 301;
      assertProblem(
          deliver(
              delivery,
              stale,
              "sha256="
                  + HexFormat.of()
                      .formatHex(hmac(TestServer.SALESFORCE_SECRET, stale + "." + delivery))),
          401,
          "bad-signature");
      assertThat(record("00Q5g000001")).isNull();
    }
  }

  @Test
  void a_webhook_without_its_secret_is_off() {
    try (TestServer off = TestServer.start(s -> s.withHubSpotSecret(Optional.empty()))) {
      assertProblem(off.postJson("/api/v1/webhooks/hubspot", null, "[]"), 404, "not-found");
    }
  }
}
