package dev.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.queue.QueuedException;
import dev.accord.storage.AuditedWrite;
import dev.accord.storage.QueueFilter;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard on a real server: signing in with a token through the form, sessions and their
 * cookie, the pages and their security headers, and the forms, which must come from the visitor's
 * own session and are carried out, refused and audited as the API's writes are.
 */
class DashboardTest {

  private TestServer server;
  private Visitor visitor;

  @BeforeEach
  void start() {
    server = TestServer.start();
    visitor = new Visitor(server);
    seed();
  }

  @AfterEach
  void stop() {
    visitor.close();
    server.close();
  }

  /** The API contract's three leads: four exceptions, three owned by sdr, one by revops. */
  private void seed() {
    HttpResponse<String> answer =
        server.post(
            "/api/v1/events",
            server.token("priya"),
            ApiContract.NDJSON,
            Events.lines(
                Events.created("L-1", "k1", "2026-03-02T09:00:00Z", "lead"),
                Events.created("L-2", "k2", "2026-03-02T09:05:00Z", "lead"),
                Events.created("L-3", "k3", "2026-03-02T09:10:00Z", "lead"),
                Events.moved("L-1", "k4", "2026-03-02T10:00:00Z", "customer"),
                Events.moved("L-1", "k5", "2026-03-02T11:00:00Z", "mql")));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  @Test
  void a_visitor_not_signed_in_is_sent_to_sign_in_and_back_to_the_page_asked_for() {
    HttpResponse<String> page = visitor.get("/exceptions?status=open");

    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(Visitor.location(page).toString())
        .isEqualTo("/login?next=%2Fexceptions%3Fstatus%3Dopen");

    HttpResponse<String> signedIn = visitor.signIn(server.token("jake"), "/exceptions?status=open");
    assertThat(signedIn.statusCode()).isEqualTo(303);
    assertThat(Visitor.location(signedIn).toString()).isEqualTo("/exceptions?status=open");
    assertThat(visitor.page("/exceptions?status=open").select("[data-testid=user]").text())
        .isEqualTo("Signed in as Jake Turner");
  }

  @Test
  void
      the_session_cookie_cannot_be_read_by_scripts_nor_sent_by_other_sites_and_changes_on_sign_in() {
    HttpResponse<String> login = visitor.get("/login");
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .contains("HttpOnly")
        .contains("SameSite=Strict")
        .contains("Path=/")
        .doesNotContain("Secure");
    String before = visitor.sessionCookie();

    visitor.signIn(server.token("jake"), "/");

    assertThat(visitor.sessionCookie()).isNotEmpty().isNotEqualTo(before);
  }

  @Test
  void behind_https_the_cookie_is_secure() {
    try (TestServer secure =
            TestServer.start(
                settings -> settings.withPublicUrl(Optional.of("https://accord.example.com")));
        Visitor browser = new Visitor(secure)) {
      assertThat(browser.get("/login").headers().firstValue("Set-Cookie").orElseThrow())
          .contains("; Secure");
    }
  }

  @Test
  void a_wrong_token_is_refused_on_the_sign_in_page_and_audited() {
    HttpResponse<String> answer = visitor.signIn("acc_not-a-token", "/");

    assertThat(answer.statusCode()).isEqualTo(303);
    Document page = visitor.page(Visitor.location(answer).toString());
    assertThat(page.text()).contains("That token is not valid");
    assertThat(server.store().auditLog(10, 0))
        .anySatisfy(write -> {
          assertThat(write.action()).isEqualTo("POST /login");
          assertThat(write.status()).isEqualTo(401);
        });
    assertThat(visitor.get("/").statusCode()).isEqualTo(303);
  }

  @Test
  void after_five_wrong_tokens_an_address_must_wait_even_with_the_right_one() {
    for (int i = 0; i < SignInThrottle.FAILURES; i++) {
      assertThat(visitor.signIn("acc_guess-" + i, "/").statusCode()).isEqualTo(303);
    }

    HttpResponse<String> throttled = visitor.signIn(server.token("jake"), "/");

    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).hasValue("300");
    assertThat(throttled.body())
        .contains("Too many failed sign-ins from this address: try again in 5 minutes.");
    assertThat(visitor.get("/").statusCode()).isEqualTo(303);
  }

  @Test
  void every_page_renders_for_a_signed_in_person_with_a_policy_that_allows_only_this_server() {
    visitor.signIn(server.token("priya"), "/");

    for (String path :
        List.of(
            "/",
            "/?period=2026-03",
            "/?period=all",
            "/scorecard/mql_volume",
            "/funnel",
            "/sla",
            "/exceptions",
            "/accord",
            "/decisions",
            "/goals")) {
      HttpResponse<String> page = visitor.get(path);
      assertThat(page.statusCode()).as(path + ": " + page.body()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValue(DashboardRoutes.CONTENT_SECURITY_POLICY);
      assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(page.body()).as(path).contains("<h1>");
    }
    Document march = visitor.page("/?period=2026-03");
    assertThat(
            march.select("[data-testid=tile][data-kpi=mql_volume] [data-testid=tile-value]").text())
        .isEqualTo("1");
    assertThat(march.select("[data-testid=period-form] input[name=period]").val())
        .isEqualTo("2026-03");
    assertThat(visitor.page("/").select("[data-testid=period-form] input[name=period]").val())
        .as("the last whole month before 4 March")
        .isEqualTo("2026-02");
    assertThat(visitor.page("/?period=soon").select("[data-testid=notice]").text())
        .contains("`soon` is not a period");
    assertThat(visitor.get("/assets/echarts/echarts.min.js").statusCode()).isEqualTo(200);
  }

  @Test
  void a_form_from_another_page_than_the_session_s_is_refused_and_changes_nothing() {
    visitor.signIn(server.token("priya"), "/");
    QueuedException exception = sdrException();

    HttpResponse<String> forged =
        visitor.post(
            "/exceptions/" + exception.id() + "/assign",
            "/exceptions",
            Map.of("_csrf", "guessed", "to", "revops"));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("nothing was done");
    assertThat(server.store().queuedException(exception.id()).orElseThrow().owner())
        .isEqualTo("sdr");
    assertThat(server.store().auditLog(1, 0).getFirst().status()).isEqualTo(403);
  }

  @Test
  void an_exception_is_assigned_through_its_form_audited_as_the_session_s_person() {
    visitor.signIn(server.token("priya"), "/");
    Document queue = visitor.page("/exceptions");
    QueuedException exception = sdrException();

    HttpResponse<String> answer =
        visitor.post(
            "/exceptions/" + exception.id() + "/assign",
            "/exceptions",
            Map.of("_csrf", Visitor.csrf(queue), "to", "maria"));

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(Visitor.location(answer).toString()).isEqualTo("/exceptions");
    assertThat(server.store().queuedException(exception.id()).orElseThrow().owner())
        .isEqualTo("maria");
    AuditedWrite audited = server.store().auditLog(1, 0).getFirst();
    assertThat(audited.actor()).isEqualTo("priya");
    assertThat(audited.via()).startsWith("session (token ");
    assertThat(audited.action()).isEqualTo("POST /exceptions/{id}/assign");
    assertThat(visitor.page("/exceptions").select("[data-testid=notice]").text())
        .contains("Assigned " + exception.id() + " to maria (was sdr)");
    assertThat(visitor.page("/exceptions").select("[data-testid=notice]")).isEmpty();
  }

  @Test
  void a_member_may_resolve_their_team_s_exception_but_not_another_team_s() {
    visitor.signIn(server.token("jake"), "/");
    Document queue = visitor.page("/exceptions");
    QueuedException ours = sdrException();
    QueuedException theirs =
        server.store().queue(QueueFilter.all(), 10, 0).stream()
            .filter(e -> e.owner().equals("revops"))
            .findFirst()
            .orElseThrow();

    visitor.post(
        "/exceptions/" + ours.id() + "/resolve",
        "/exceptions",
        Map.of(
            "_csrf",
            Visitor.csrf(queue),
            "code",
            "fixed_in_crm",
            "note",
            "typed in",
            "as",
            "resolved"));
    assertThat(server.store().queuedException(ours.id()).orElseThrow().status().word())
        .isEqualTo("resolved");

    visitor.post(
        "/exceptions/" + theirs.id() + "/resolve",
        "/exceptions",
        Map.of("_csrf", Visitor.csrf(queue), "code", "fixed_in_crm", "as", "resolved"));
    assertThat(server.store().queuedException(theirs.id()).orElseThrow().status().word())
        .isEqualTo("open");
    assertThat(visitor.page("/exceptions").select("[data-testid=notice]").text())
        .contains(
            "jake may work only the exceptions they or their teams own; revops owns this one");
  }

  @Test
  void a_kpi_is_disputed_from_its_tile() {
    visitor.signIn(server.token("jake"), "/");
    Document scorecard = visitor.page("/");

    HttpResponse<String> answer =
        visitor.post(
            "/disputes",
            "/",
            Map.of(
                "_csrf",
                Visitor.csrf(scorecard),
                "kpi",
                "mql_volume",
                "note",
                "Webinar leads are missing"));

    assertThat(Visitor.location(answer).toString()).isEqualTo("/");
    assertThat(server.store().queue(QueueFilter.all(), 20, 0))
        .anySatisfy(e ->
            assertThat(e.exceptionCase().getClass().getSimpleName()).isEqualTo("ReportingDispute"));
  }

  @Test
  void signing_out_ends_the_session_and_a_next_page_elsewhere_is_not_followed() {
    visitor.signIn(server.token("jake"), "/");
    Document page = visitor.page("/");

    HttpResponse<String> out = visitor.post("/logout", "/", Map.of("_csrf", Visitor.csrf(page)));

    assertThat(Visitor.location(out).toString()).isEqualTo("/login");
    assertThat(visitor.get("/").statusCode()).isEqualTo(303);
    HttpResponse<String> away = visitor.signIn(server.token("jake"), "//evil.example.com/");
    assertThat(Visitor.location(away).toString()).isEqualTo("/");
  }

  private QueuedException sdrException() {
    return server.store().queue(QueueFilter.all(), 10, 0).stream()
        .filter(e -> e.owner().equals("sdr"))
        .findFirst()
        .orElseThrow();
  }
}
