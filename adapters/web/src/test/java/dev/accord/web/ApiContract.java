package dev.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST API on a real server and a real store, route by route: what each answers, how it pages,
 * tags and refuses. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class ApiContract {

  static final String NDJSON = "application/x-ndjson";
  static final String PROBLEM = "application/problem+json";

  TestServer server;

  /** priya: revops manager and admin. */
  String admin;

  /** jake: a member of the SDR team. */
  String member;

  abstract TestServer newServer();

  @BeforeEach
  void start() {
    server = newServer();
    admin = server.token("priya");
    member = server.token("jake");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Three leads, L-1 in mql (flagged on the way), L-2 and L-3 in lead; one move rejected. */
  JsonNode seed() {
    HttpResponse<String> answer =
        server.post(
            "/api/v1/events",
            admin,
            NDJSON,
            Events.lines(
                Events.created("L-1", "k1", "2026-03-02T09:00:00Z", "lead"),
                Events.created("L-2", "k2", "2026-03-02T09:05:00Z", "lead"),
                Events.created("L-3", "k3", "2026-03-02T09:10:00Z", "lead"),
                Events.moved("L-1", "k4", "2026-03-02T10:00:00Z", "customer"),
                Events.moved("L-1", "k5", "2026-03-02T11:00:00Z", "mql")));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Json.read(answer.body());
  }

  static void assertProblem(HttpResponse<String> answer, int status, String type) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(value -> assertThat(value).startsWith(PROBLEM));
    JsonNode problem = Json.read(answer.body());
    assertThat(problem.path("type").asText()).isEqualTo("urn:accord:problem:" + type);
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("detail").asText()).isNotBlank();
    assertThat(problem.path("instance").asText()).startsWith("/");
  }

  // ----- events ------------------------------------------------------------------------------

  @Test
  void a_batch_of_events_is_counted_as_an_import_counts_it() {
    JsonNode answer = seed();

    assertThat(answer.path("received").asInt()).isEqualTo(5);
    assertThat(answer.path("accepted").asInt()).isEqualTo(4);
    assertThat(answer.path("flagged").asInt()).isEqualTo(1);
    assertThat(answer.path("rejected").asInt()).isEqualTo(1);
    assertThat(answer.path("duplicates").asInt()).isZero();
    assertThat(answer.path("events").get(3).path("exceptions").get(0).path("type").asText())
        .isEqualTo("invalid_transition");
  }

  @Test
  void events_sent_twice_add_nothing_the_second_time() {
    seed();
    JsonNode again =
        Json.read(
            server
                .postJson(
                    "/api/v1/events",
                    admin,
                    Events.created("L-1", "k1", "2026-03-02T09:00:00Z", "lead"))
                .body());

    assertThat(again.path("duplicates").asInt()).isEqualTo(1);
    assertThat(again.path("accepted").asInt()).isZero();
    assertThat(again.path("events").get(0).path("arrival").asText()).isEqualTo("duplicate");
  }

  @Test
  void malformed_json_is_refused_with_its_line_and_column() {
    HttpResponse<String> answer =
        server.postJson(
            "/api/v1/events",
            admin,
            "{\n  \"type\": \"record_created\",\n  \"recordId\" \"L-9\"\n}");

    assertProblem(answer, 400, "malformed-json");
    JsonNode error = Json.read(answer.body()).path("errors").get(0);
    assertThat(error.path("line").asInt()).isEqualTo(3);
    assertThat(error.path("column").asInt()).isEqualTo(14);
  }

  @Test
  void a_bad_line_in_a_batch_stores_nothing_and_names_each_bad_line() {
    HttpResponse<String> answer =
        server.post(
            "/api/v1/events",
            admin,
            NDJSON,
            Events.lines(
                Events.created("L-1", "k1", "2026-03-02T09:00:00Z", "lead"),
                "{\"type\":\"stage_changed\",\"recordId\":\"L-1\",\"occurredAt\":\"2026-03-02T10:00:00Z\",\"idempotencyKey\":\"k2\"}",
                "not json"));

    assertProblem(answer, 400, "malformed-json");
    JsonNode errors = Json.read(answer.body()).path("errors");
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).path("line").asInt()).isEqualTo(2);
    assertThat(errors.get(0).path("pointer").asText()).isEqualTo("/toStage");
    assertThat(errors.get(1).path("line").asInt()).isEqualTo(3);
    assertThat(errors.get(1).path("column").asInt()).isEqualTo(1);
    assertThat(Json.read(server.get("/api/v1/records", admin).body()).path("total").asInt())
        .isZero();
  }

  @Test
  void an_event_with_a_missing_property_is_refused_at_its_pointer() {
    HttpResponse<String> answer =
        server.postJson(
            "/api/v1/events",
            admin,
            "{\"type\":\"owner_assigned\",\"recordId\":\"L-1\",\"occurredAt\":\"2026-03-02T10:00:00Z\",\"idempotencyKey\":\"k2\"}");

    assertProblem(answer, 400, "invalid-input");
    assertThat(Json.read(answer.body()).path("errors").get(0).path("pointer").asText())
        .isEqualTo("/owner");
  }

  @Test
  void events_in_another_format_are_refused_as_an_unsupported_media_type() {
    assertProblem(
        server.post("/api/v1/events", admin, "text/csv", "a,b"), 415, "unsupported-media-type");
  }

  // ----- records -----------------------------------------------------------------------------

  @Test
  void records_come_in_pages_with_a_total_and_a_link_to_the_next() {
    seed();

    HttpResponse<String> first = server.get("/api/v1/records?limit=2", admin);
    JsonNode page = Json.read(first.body());
    assertThat(page.path("total").asInt()).isEqualTo(3);
    assertThat(page.path("items"))
        .extracting(item -> item.path("recordId").asText())
        .containsExactly("L-1", "L-2");
    assertThat(page.path("next").asText()).isEqualTo("/api/v1/records?limit=2&offset=2");
    assertThat(first.headers().firstValue("Link"))
        .contains("</api/v1/records?limit=2&offset=2>; rel=\"next\"");

    JsonNode last = Json.read(server.get(page.path("next").asText(), admin).body());
    assertThat(last.path("items"))
        .extracting(item -> item.path("recordId").asText())
        .containsExactly("L-3");
    assertThat(last.path("next").isNull()).isTrue();
  }

  @Test
  void records_are_filtered_by_stage_and_the_total_counts_that_stage() {
    seed();

    JsonNode page = Json.read(server.get("/api/v1/records?stage=lead&limit=1", admin).body());

    assertThat(page.path("total").asInt()).isEqualTo(2);
    assertThat(page.path("next").asText()).isEqualTo("/api/v1/records?stage=lead&limit=1&offset=1");
  }

  @Test
  void a_bad_query_parameter_is_refused_by_name() {
    HttpResponse<String> limit = server.get("/api/v1/records?limit=zero", admin);
    assertProblem(limit, 400, "invalid-input");
    assertThat(Json.read(limit.body()).path("errors").get(0).path("parameter").asText())
        .isEqualTo("limit");

    HttpResponse<String> stage = server.get("/api/v1/records?stage=nowhere", admin);
    assertProblem(stage, 400, "invalid-input");
    assertThat(Json.read(stage.body()).path("errors").get(0).path("parameter").asText())
        .isEqualTo("stage");

    HttpResponse<String> typo = server.get("/api/v1/records?stgae=lead", admin);
    assertProblem(typo, 400, "invalid-input");
    assertThat(Json.read(typo.body()).path("detail").asText()).contains("stgae");
  }

  @Test
  void one_record_and_its_history() {
    seed();

    JsonNode record = Json.read(server.get("/api/v1/records/L-1", admin).body());
    assertThat(record.path("stage").asText()).isEqualTo("mql");

    JsonNode history = Json.read(server.get("/api/v1/records/L-1/history", admin).body());
    assertThat(history.path("record").path("stageHistory"))
        .extracting(move -> move.path("to").asText())
        .containsExactly("lead", "mql");
    assertThat(history.path("routing").get(0).path("stage").asText()).isEqualTo("mql");
    assertThat(history.path("sla").get(0).path("handoffId").asText()).isEqualTo("sal_acceptance");
    assertThat(history.path("exceptions"))
        .extracting(e -> e.path("type").asText())
        .contains("invalid_transition", "missing_required_field");
    assertThat(history.path("exceptions").get(0).path("evidence").path("to").asText())
        .isEqualTo("customer");
  }

  @Test
  void an_unknown_record_is_not_found() {
    assertProblem(server.get("/api/v1/records/L-404", admin), 404, "not-found");
    assertProblem(server.get("/api/v1/records/L-404/history", admin), 404, "not-found");
  }

  // ----- ETags -------------------------------------------------------------------------------

  @Test
  void a_read_is_tagged_and_answered_304_while_it_has_not_changed() {
    seed();
    HttpResponse<String> first = server.get("/api/v1/records/L-2", admin);
    String tag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> same =
        server.get("/api/v1/records/L-2", admin, Map.of("If-None-Match", tag));
    assertThat(same.statusCode()).isEqualTo(304);
    assertThat(same.body()).isEmpty();
    assertThat(same.headers().firstValue("ETag")).contains(tag);

    server.postJson(
        "/api/v1/events", admin, Events.moved("L-2", "k9", "2026-03-03T09:00:00Z", "mql"));
    HttpResponse<String> changed =
        server.get("/api/v1/records/L-2", admin, Map.of("If-None-Match", tag));
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);
  }

  // ----- authentication and rights ----------------------------------------------------------

  @Test
  void without_a_token_nothing_is_read_or_written() {
    HttpResponse<String> read = server.send(HttpRequest.newBuilder(server.uri("/api/v1/records")));
    assertProblem(read, 401, "unauthenticated");
    assertThat(read.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));

    assertProblem(
        server.postJson(
            "/api/v1/events", null, Events.created("L-1", "k1", "2026-03-02T09:00:00Z", "lead")),
        401,
        "unauthenticated");
    assertProblem(server.get("/api/v1/records", "acc_forged"), 401, "unauthenticated");
    assertThat(server.get("/api/v1/records", admin).statusCode()).isEqualTo(200);
  }

  @Test
  void the_token_acts_for_its_person_with_the_rights_of_their_roles() {
    JsonNode me = Json.read(server.get("/api/v1/me", member).body());

    assertThat(me.path("id").asText()).isEqualTo("jake");
    assertThat(me.path("teams")).extracting(JsonNode::asText).containsExactly("sdr");
    assertThat(me.path("rights"))
        .extracting(JsonNode::asText)
        .containsExactly("read", "raise_disputes", "work_own_exceptions");
    assertThat(me.path("via").asText()).startsWith("token ");
  }

  @Test
  void a_member_may_not_send_events() {
    HttpResponse<String> answer =
        server.postJson(
            "/api/v1/events", member, Events.created("L-1", "k1", "2026-03-02T09:00:00Z", "lead"));

    assertProblem(answer, 403, "forbidden");
    assertThat(Json.read(answer.body()).path("detail").asText()).contains("ingest_events");
  }

  @Test
  void every_write_is_audited_refusals_too_and_only_admins_read_the_log() {
    seed();
    server.postJson(
        "/api/v1/events", member, Events.created("L-7", "k7", "2026-03-02T09:00:00Z", "lead"));

    JsonNode log = Json.read(server.get("/api/v1/audit", admin).body());
    assertThat(log.path("total").asInt()).isEqualTo(2);
    JsonNode refused = log.path("items").get(0);
    assertThat(refused.path("actor").asText()).isEqualTo("jake");
    assertThat(refused.path("status").asInt()).isEqualTo(403);
    assertThat(refused.path("action").asText()).isEqualTo("POST /api/v1/events");
    JsonNode stored = log.path("items").get(1);
    assertThat(stored.path("actor").asText()).isEqualTo("priya");
    assertThat(stored.path("status").asInt()).isEqualTo(200);
    assertThat(stored.path("detail").asText()).startsWith("5 received: 4 accepted (1 flagged)");
    assertThat(stored.path("at").asText()).isEqualTo(TestServer.NOW.toString());

    assertProblem(server.get("/api/v1/audit", member), 403, "forbidden");
  }

  // ----- exceptions --------------------------------------------------------------------------

  private JsonNode queue(String query) {
    return Json.read(server.get("/api/v1/exceptions" + query, admin).body());
  }

  @Test
  void the_queue_is_filtered_and_paged() {
    seed();

    JsonNode all = queue("");
    assertThat(all.path("total").asInt()).isEqualTo(4);
    JsonNode sdr = queue("?owner=sdr&limit=1");
    assertThat(sdr.path("total").asInt()).isEqualTo(3);
    assertThat(sdr.path("next").asText())
        .isEqualTo("/api/v1/exceptions?owner=sdr&limit=1&offset=1");
    JsonNode invalid = queue("?type=invalid_transition&status=open");
    assertThat(invalid.path("items"))
        .singleElement()
        .satisfies(e -> assertThat(e.path("owner").asText()).isEqualTo("revops"));

    HttpResponse<String> status = server.get("/api/v1/exceptions?status=done", admin);
    assertProblem(status, 400, "invalid-input");
    assertThat(Json.read(status.body()).path("errors").get(0).path("parameter").asText())
        .isEqualTo("status");
  }

  @Test
  void an_exception_is_found_by_the_first_characters_of_its_id() {
    seed();
    String id = queue("?type=invalid_transition").path("items").get(0).path("id").asText();

    JsonNode one = Json.read(server.get("/api/v1/exceptions/" + id.substring(0, 12), admin).body());

    assertThat(one.path("id").asText()).isEqualTo(id);
    assertProblem(server.get("/api/v1/exceptions/ffffffffffff0000", admin), 404, "not-found");
  }

  @Test
  void an_exception_is_assigned_commented_and_resolved_by_the_caller() {
    seed();
    String id = queue("?type=invalid_transition").path("items").get(0).path("id").asText();
    String path = "/api/v1/exceptions/" + id;

    // A member may not work what revops owns.
    assertProblem(
        server.postJson(path + "/resolve", member, "{\"code\":\"fixed_in_crm\"}"),
        403,
        "forbidden");

    JsonNode assigned =
        Json.read(server.postJson(path + "/assign", admin, "{\"to\":\"sdr\"}").body());
    assertThat(assigned.path("owner").asText()).isEqualTo("sdr");
    assertThat(assigned.path("audit").get(0).path("by").asText()).isEqualTo("priya");

    // Now the SDR team owns it, so jake may.
    HttpResponse<String> comment =
        server.postJson(path + "/comments", member, "{\"text\":\"the CRM skipped a stage\"}");
    assertThat(comment.statusCode()).as(comment.body()).isEqualTo(201);
    assertThat(Json.read(comment.body()).path("comments").get(0).path("author").asText())
        .isEqualTo("jake");

    JsonNode resolved =
        Json.read(
            server
                .postJson(
                    path + "/resolve",
                    member,
                    "{\"code\":\"fixed_in_crm\",\"note\":\"moved back\"}")
                .body());
    assertThat(resolved.path("status").asText()).isEqualTo("resolved");
    assertThat(resolved.path("resolutionCode").asText()).isEqualTo("fixed_in_crm");

    assertProblem(
        server.postJson(path + "/resolve", admin, "{\"code\":\"again\"}"), 409, "conflict");
  }

  @Test
  void a_bad_body_for_the_queue_is_refused_at_its_pointer() {
    seed();
    String id = queue("?type=invalid_transition").path("items").get(0).path("id").asText();
    String path = "/api/v1/exceptions/" + id;

    HttpResponse<String> nobody = server.postJson(path + "/assign", admin, "{\"to\":\"nobody\"}");
    assertProblem(nobody, 400, "invalid-input");
    assertThat(Json.read(nobody.body()).path("errors").get(0).path("pointer").asText())
        .isEqualTo("/to");

    HttpResponse<String> unknown =
        server.postJson(path + "/resolve", admin, "{\"code\":\"x\",\"wont_fix\":true}");
    assertProblem(unknown, 400, "invalid-input");
    assertThat(Json.read(unknown.body()).path("errors").get(0).path("pointer").asText())
        .isEqualTo("/wont_fix");

    HttpResponse<String> missing = server.postJson(path + "/comments", admin, "{}");
    assertProblem(missing, 400, "invalid-input");
    assertThat(Json.read(missing.body()).path("errors").get(0).path("pointer").asText())
        .isEqualTo("/text");
  }

  @Test
  void a_dispute_is_queued_for_the_kpi_owner() {
    HttpResponse<String> answer =
        server.postJson(
            "/api/v1/disputes",
            member,
            "{\"kpi\":\"mql_volume\",\"note\":\"webinar leads counted twice\"}");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    JsonNode dispute = Json.read(answer.body());
    assertThat(dispute.path("type").asText()).isEqualTo("reporting_dispute");
    assertThat(dispute.path("description").asText()).startsWith("jake disputes KPI mql_volume");
    assertThat(answer.headers().firstValue("Location")).contains(dispute.path("href").asText());
    assertThat(server.get(dispute.path("href").asText(), admin).statusCode()).isEqualTo(200);

    HttpResponse<String> unknown =
        server.postJson("/api/v1/disputes", member, "{\"kpi\":\"nps\",\"note\":\"?\"}");
    assertProblem(unknown, 400, "invalid-input");
    assertThat(Json.read(unknown.body()).path("errors").get(0).path("pointer").asText())
        .isEqualTo("/kpi");
  }

  // ----- boards ------------------------------------------------------------------------------

  @Test
  void the_triage_pack_of_a_week() {
    seed();

    JsonNode pack = Json.read(server.get("/api/v1/triage?week=2026-W10", admin).body());

    assertThat(pack.path("week").asText()).isEqualTo("2026-W10");
    assertThat(pack.path("raised"))
        .extracting(t ->
            t.path("type").asText()
                + "/"
                + t.path("owner").asText()
                + "="
                + t.path("count").asInt())
        .contains("invalid_transition/revops=1", "missing_required_field/sdr=2");
    assertThat(pack.path("trend")).hasSize(4);
    assertProblem(server.get("/api/v1/triage?week=W10", admin), 400, "invalid-input");
  }

  @Test
  void the_sla_board_and_its_filters() {
    seed();

    JsonNode board = Json.read(server.get("/api/v1/sla?open=true", admin).body());

    assertThat(board.path("handoffs").get(0).path("handoff").asText()).isEqualTo("sal_acceptance");
    assertThat(board.path("handoffs").get(0).path("open").asInt()).isEqualTo(1);
    assertThat(board.path("runs").get(0).path("recordId").asText()).isEqualTo("L-1");
    assertThat(Json.read(server.get("/api/v1/sla?breached=true", admin).body()).path("runs"))
        .isEmpty();
    assertProblem(server.get("/api/v1/sla?open=yes", admin), 400, "invalid-input");
  }

  // ----- scorecard and decisions -------------------------------------------------------------

  @Test
  void the_scorecard_counts_what_was_sent_and_says_when_and_under_which_version() {
    seed();

    HttpResponse<String> answer = server.get("/api/v1/scorecard?period=2026-03", member);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.headers().firstValue("ETag")).isPresent();
    JsonNode scorecard = Json.read(answer.body());
    assertThat(scorecard.path("accordVersion").asInt()).isEqualTo(1);
    assertThat(scorecard.path("asOf").asText()).isEqualTo(TestServer.NOW.toString());
    assertThat(scorecard.path("period").path("from").asText()).isEqualTo("2026-03-01T00:00:00Z");
    JsonNode mqls = metric(scorecard, "mql_volume");
    // L-1 alone reached mql, on 2 March; nothing in February.
    assertThat(mqls.path("value").asDouble()).isEqualTo(1.0);
    assertThat(mqls.path("previous").asDouble()).isEqualTo(0.0);
    assertThat(mqls.path("target").asDouble()).isEqualTo(480.0);
    assertThat(mqls.path("status").asText()).isEqualTo("red");
  }

  @Test
  void as_of_an_instant_the_scorecard_leaves_out_what_came_later() {
    seed();

    JsonNode before = Json.read(server.get("/api/v1/scorecard?as_of=2026-03-01", member).body());

    assertThat(
            metric(before, "mql_volume").path("value").isNull()
                || metric(before, "mql_volume").path("value").asDouble() == 0.0)
        .isTrue();
  }

  @Test
  void one_kpi_comes_with_its_breakdown_by_the_dimension_asked_for() {
    seed();

    HttpResponse<String> answer = server.get("/api/v1/scorecard/mql_volume?by=month", member);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode kpi = Json.read(answer.body());
    assertThat(kpi.path("id").asText()).isEqualTo("mql_volume");
    assertThat(kpi.path("breakdowns").path("month").path("2026-03").asDouble()).isEqualTo(1.0);
    assertThat(kpi.path("breakdowns").has("source")).isFalse();
  }

  @Test
  void a_wrong_period_dimension_or_kpi_is_refused_saying_what_to_write() {
    assertProblem(server.get("/api/v1/scorecard?period=last-month", member), 400, "invalid-input");
    assertThat(server.get("/api/v1/scorecard?period=last-month", member).body())
        .contains("2026-Q4 (a quarter)");
    assertProblem(server.get("/api/v1/scorecard?by=colour", member), 400, "invalid-input");
    assertThat(server.get("/api/v1/scorecard?by=colour", member).body()).contains("source");
    assertProblem(server.get("/api/v1/scorecard?as_of=yesterday", member), 400, "invalid-input");
    assertProblem(server.get("/api/v1/scorecard/no_such_kpi", member), 404, "not-found");
  }

  @Test
  void the_decision_log_pages_newest_first_and_filters_by_subject() {
    for (int i = 1; i <= 3; i++) {
      server
          .store()
          .logDecision(
              new dev.accord.core.governance.Decision(
                  dev.accord.core.governance.DecisionDomain.DEFINITION_CHANGE,
                  "change-request " + i,
                  dev.accord.core.governance.Decision.Outcome.APPROVED,
                  "priya",
                  "person priya",
                  TestServer.NOW.plusSeconds(i),
                  "reason " + i,
                  java.util.List.of("kpi mql_volume")));
    }

    JsonNode page = Json.read(server.get("/api/v1/decisions?limit=2", member).body());

    assertThat(page.path("total").asInt()).isEqualTo(3);
    assertThat(page.path("items").get(0).path("subject").asText()).isEqualTo("change-request 3");
    assertThat(page.path("items").get(0).path("domain").asText()).isEqualTo("definition_change");
    assertThat(page.path("items").get(0).path("evidence").get(0).asText())
        .isEqualTo("kpi mql_volume");
    assertThat(page.path("next").asText()).isEqualTo("/api/v1/decisions?limit=2&offset=2");
    JsonNode one =
        Json.read(server.get("/api/v1/decisions?subject=change-request%201", member).body());
    assertThat(one.path("total").asInt()).isEqualTo(1);
    assertThat(one.path("items").get(0).path("rationale").asText()).isEqualTo("reason 1");
  }

  private static JsonNode metric(JsonNode scorecard, String kpi) {
    for (JsonNode metric : scorecard.path("metrics")) {
      if (metric.path("id").asText().equals(kpi)) {
        return metric;
      }
    }
    throw new AssertionError("no KPI " + kpi + " in " + scorecard);
  }

  // ----- operations --------------------------------------------------------------------------

  @Test
  void health_says_the_database_is_reachable() {
    HttpResponse<String> health = server.send(HttpRequest.newBuilder(server.uri("/health")));

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(Json.read(health.body()).path("database").asText()).isEqualTo("reachable");
  }

  @Test
  void metrics_count_requests_per_route_and_events_ingested() {
    seed();
    server.get("/api/v1/records/L-1", admin);

    String metrics = server.send(HttpRequest.newBuilder(server.uri("/metrics"))).body();

    assertThat(metrics)
        .contains(
            "http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/records/{id}\",status=\"200\"} 1")
        .contains("accord_events_ingested_total{outcome=\"rejected\",source=\"api\"} 1.0")
        .contains("accord_events_ingested_total{outcome=\"flagged\",source=\"api\"} 1.0")
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void every_request_is_one_json_line_in_the_log() {
    server.get("/api/v1/records?limit=5", admin);
    server.send(HttpRequest.newBuilder(server.uri("/api/v1/records")));

    List<JsonNode> lines = new ArrayList<>();
    server.log().forEach(line -> lines.add(Json.read(line)));
    assertThat(lines).hasSize(2);
    JsonNode first = lines.get(0);
    assertThat(first.path("method").asText()).isEqualTo("GET");
    assertThat(first.path("path").asText()).isEqualTo("/api/v1/records");
    assertThat(first.path("route").asText()).isEqualTo("/api/v1/records");
    assertThat(first.path("status").asInt()).isEqualTo(200);
    assertThat(first.path("user").asText()).isEqualTo("priya");
    assertThat(first.path("ms").isNumber()).isTrue();
    assertThat(lines.get(1).path("status").asInt()).isEqualTo(401);
    assertThat(lines.get(1).path("user").asText()).isEqualTo("-");
  }

  @Test
  void an_unknown_route_and_a_wrong_method_are_problems_too() {
    assertProblem(server.get("/api/v1/nothing", admin), 404, "not-found");
    assertProblem(server.postJson("/api/v1/records", admin, "{}"), 405, "method-not-allowed");
  }
}
