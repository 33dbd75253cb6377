package dev.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every API route against every kind of caller, with the answer expected: allowed (anything but 401
 * and 403, and no failure) or refused (401 without a credential, 403 without the right). The matrix
 * must name every route the server answers, so a new route cannot go untested.
 */
class AuthorisationMatrixTest {

  /** Who calls: nobody, and a person of the default accord for each role. */
  enum Who {
    ANONYMOUS(null),
    MEMBER("jake"),
    MANAGER("maria"),
    ADMIN("priya");

    final String person;

    Who(String person) {
      this.person = person;
    }
  }

  private static final String A = "allowed";
  private static final String U = "401";
  private static final String F = "403";

  /** The expected answer per route, for anonymous, member, manager and admin, in that order. */
  private static final Map<String, List<String>> MATRIX = new LinkedHashMap<>();

  static {
    for (String read :
        List.of(
            "GET /api/v1/records",
            "GET /api/v1/records/{id}",
            "GET /api/v1/records/{id}/history",
            "GET /api/v1/exceptions",
            "GET /api/v1/exceptions/{id}",
            "GET /api/v1/triage",
            "GET /api/v1/sla",
            "GET /api/v1/scorecard",
            "GET /api/v1/scorecard/{kpi}",
            "GET /api/v1/decisions",
            "GET /api/v1/me")) {
      MATRIX.put(read, List.of(U, A, A, A));
    }
    MATRIX.put("POST /api/v1/events", List.of(U, F, F, A));
    // The exception used belongs to revops: a member of sdr may not work it, any manager may.
    MATRIX.put("POST /api/v1/exceptions/{id}/assign", List.of(U, F, A, A));
    MATRIX.put("POST /api/v1/exceptions/{id}/resolve", List.of(U, F, A, A));
    MATRIX.put("POST /api/v1/exceptions/{id}/comments", List.of(U, F, A, A));
    MATRIX.put("POST /api/v1/disputes", List.of(U, A, A, A));
    MATRIX.put("GET /api/v1/audit", List.of(U, F, F, A));
    // Webhooks are signed by the CRM, not called with a token: unsigned, nobody gets in.
    MATRIX.put("POST /api/v1/webhooks/hubspot", List.of(U, U, U, U));
    MATRIX.put("POST /api/v1/webhooks/salesforce", List.of(U, U, U, U));
    for (String open : List.of("GET /api/v1/openapi.json", "GET /health", "GET /metrics")) {
      MATRIX.put(open, List.of(A, A, A, A));
    }
  }

  private TestServer server;
  private final Map<Who, String> tokens = new LinkedHashMap<>();
  private String revopsException;

  @BeforeEach
  void start() {
    server = TestServer.start();
    for (Who who : Who.values()) {
      if (who.person != null) {
        tokens.put(who, server.token(who.person));
      }
    }
    HttpResponse<String> seeded =
        server.post(
            "/api/v1/events",
            tokens.get(Who.ADMIN),
            ApiContract.NDJSON,
            Events.lines(
                Events.created("L-1", "k1", "2026-03-02T09:00:00Z", "lead"),
                Events.moved("L-1", "k2", "2026-03-02T10:00:00Z", "customer")));
    assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(200);
    revopsException =
        server.store().queue(dev.accord.storage.QueueFilter.all(), 10, 0).stream()
            .filter(e -> e.owner().equals("revops"))
            .findFirst()
            .orElseThrow()
            .id();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void the_matrix_names_every_route_the_server_answers() {
    Set<String> served =
        server.server().routes().stream()
            .map(route -> route.method().toUpperCase(Locale.ROOT) + " " + route.path())
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(new TreeSet<>(MATRIX.keySet())).isEqualTo(served);
  }

  @Test
  void every_route_answers_every_caller_as_the_matrix_says() {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, List<String>> row : MATRIX.entrySet()) {
      for (Who who : Who.values()) {
        String expected = row.getValue().get(who.ordinal());
        HttpResponse<String> answer = call(row.getKey(), tokens.get(who));
        String got = outcome(answer.statusCode());
        if (!got.equals(expected)) {
          wrong.add(
              row.getKey()
                  + " as "
                  + who
                  + ": expected "
                  + expected
                  + ", got "
                  + answer.statusCode()
                  + " "
                  + answer.body());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static String outcome(int status) {
    if (status == 401 || status == 403) {
      return Integer.toString(status);
    }
    return status >= 500 ? "failed " + status : A;
  }

  private HttpResponse<String> call(String route, String token) {
    String method = route.substring(0, route.indexOf(' '));
    String path =
        route
            .substring(route.indexOf(' ') + 1)
            .replace("/records/{id}", "/records/L-1")
            .replace("/exceptions/{id}", "/exceptions/" + revopsException)
            .replace("{kpi}", "mql_volume");
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (method.equals("GET")) {
      return server.send(request.GET());
    }
    String body = body(path);
    String type = path.endsWith("/events") ? ApiContract.NDJSON : "application/json";
    return server.send(
        request.header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static String body(String path) {
    if (path.endsWith("/events")) {
      return Events.lines(
          Events.created("L-9", "k9-" + System.nanoTime(), "2026-03-03T09:00:00Z", "lead"));
    }
    if (path.endsWith("/assign")) {
      return "{\"to\":\"revops\"}";
    }
    if (path.endsWith("/resolve")) {
      return "{\"code\":\"fixed_in_crm\"}";
    }
    if (path.endsWith("/comments")) {
      return "{\"text\":\"looked at it\"}";
    }
    if (path.endsWith("/disputes")) {
      return "{\"kpi\":\"mql_volume\",\"note\":\"counted twice\"}";
    }
    return "[]";
  }
}
