package dev.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile text through every field that is stored and shown: record ids and field values, the
 * company and source of a lead, a dispute's note, an exception's comment. Each comes back from the
 * API exactly as sent (the SQL took it as a value, never as SQL) and every dashboard page that
 * shows it shows it as text (no element, attribute or script of its own).
 */
class InjectionTest {

  private static final String SCRIPT = "<script>document.title='owned'</script>";
  private static final String ATTRIBUTE = "\"><img src=x onerror=alert(1)>";
  private static final String SQL = "x'); DROP TABLE event_log; --";
  private static final String JSON_BREAK = "</script><script>alert(2)</script>";

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

  @Test
  void hostile_text_is_stored_as_sent_and_shown_only_as_text() {
    String recordId = "L-" + SQL;
    String event =
        "{\"type\":\"record_created\",\"recordId\":"
            + Json.quote(recordId)
            + ",\"objectType\":\"lead\",\"occurredAt\":\"2026-03-02T09:00:00Z\",\"source\":"
            + Json.quote(ATTRIBUTE)
            + ",\"idempotencyKey\":\"k1\",\"stage\":\"lead\",\"fields\":{\"email\":"
            + Json.quote(SCRIPT)
            + ",\"company\":"
            + Json.quote(JSON_BREAK)
            + ",\"lead_source\":"
            + Json.quote(SQL)
            + "}}";
    HttpResponse<String> sent =
        server.post("/api/v1/events", admin, ApiContract.NDJSON, event + "\n");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    HttpResponse<String> disputed =
        server.postJson(
            "/api/v1/disputes",
            admin,
            "{\"kpi\":\"mql_volume\",\"note\":" + Json.quote(SCRIPT + ATTRIBUTE) + "}");
    assertThat(disputed.statusCode()).as(disputed.body()).isEqualTo(201);
    String disputeId = Json.read(disputed.body()).path("id").asText();
    HttpResponse<String> commented =
        server.postJson(
            "/api/v1/exceptions/" + disputeId + "/comments",
            admin,
            "{\"text\":" + Json.quote(JSON_BREAK + SQL) + "}");
    assertThat(commented.statusCode()).as(commented.body()).isEqualTo(201);

    JsonNode record =
        Json.read(
            server
                .get(
                    "/api/v1/records/"
                        + java.net.URLEncoder.encode(
                                recordId, java.nio.charset.StandardCharsets.UTF_8)
                            .replace("+", "%20"),
                    admin)
                .body());
    assertThat(record.path("recordId").asText()).isEqualTo(recordId);
    assertThat(record.path("fields").path("email").asText()).isEqualTo(SCRIPT);
    assertThat(record.path("fields").path("company").asText()).isEqualTo(JSON_BREAK);
    assertThat(server.store().eventCount()).isEqualTo(1);
    JsonNode dispute = Json.read(server.get("/api/v1/exceptions/" + disputeId, admin).body());
    assertThat(dispute.path("comments").get(0).path("text").asText()).isEqualTo(JSON_BREAK + SQL);

    try (Visitor visitor = new Visitor(server)) {
      visitor.signIn(admin, "/");
      for (String path : List.of("/exceptions", "/", "/sla", "/funnel")) {
        Document page = Jsoup.parse(visitor.get(path).body());
        assertThat(page.select("script"))
            .as(path + ": only the data block and the two scripts served from /assets")
            .allSatisfy(InjectionTest::isOwnScript);
        assertThat(page.select("img")).as(path).isEmpty();
        assertThat(page.select("[onerror]")).as(path).isEmpty();
        assertThat(page.title()).isNotEqualTo("owned");
      }
      Document queue = Jsoup.parse(visitor.get("/exceptions").body());
      assertThat(queue.text()).contains(SCRIPT + ATTRIBUTE);
    }
    // The forms take the same text the same way.
    try (Visitor visitor = new Visitor(server)) {
      visitor.signIn(admin, "/");
      Document scorecard = visitor.page("/");
      HttpResponse<String> answer =
          visitor.post(
              "/disputes",
              "/",
              Map.of("_csrf", Visitor.csrf(scorecard), "kpi", "mql_volume", "note", SQL + SCRIPT));
      assertThat(answer.statusCode()).isEqualTo(303);
      assertThat(Jsoup.parse(visitor.get("/exceptions").body()).text()).contains(SQL + SCRIPT);
    }
  }

  private static boolean isOwnScript(Element script) {
    String src = script.attr("src");
    if (!src.isEmpty()) {
      return src.startsWith("/assets/");
    }
    return script.attr("type").equals("application/json") && script.id().equals("dashboard-data");
  }
}
