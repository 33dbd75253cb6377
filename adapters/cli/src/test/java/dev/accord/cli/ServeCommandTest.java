package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accord token} and {@code accord serve}, on a workspace of the default accord. */
class ServeCommandTest {

  @TempDir Path temp;

  private Path workspace;

  @BeforeEach
  void init() {
    workspace = temp.resolve("acme");
    assertThat(CliRun.of("init", workspace.toString()).exitCode()).isEqualTo(ExitCode.OK);
  }

  private CliRun run(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--workspace";
    all[args.length + 1] = workspace.toString();
    return CliRun.of(all);
  }

  @Test
  void a_token_is_printed_once_alone_and_listed_by_its_number_only() {
    CliRun created = run("token", "create", "priya", "--name", "crm-sync");

    assertThat(created.exitCode()).as(created.all()).isEqualTo(ExitCode.OK);
    String token = created.out().strip();
    assertThat(token).startsWith("acc_").doesNotContain("\n");
    assertThat(created.err()).contains("Token 1 for priya (crm-sync)", "only its hash");

    CliRun listed = run("token");
    assertThat(listed.out()).contains("priya", "crm-sync").doesNotContain(token);

    assertThat(run("token", "revoke", "1").out()).contains("Token 1 revoked.");
    assertThat(run("token", "revoke", "1").exitCode()).isEqualTo(ExitCode.INPUT);
  }

  @Test
  void a_token_is_only_for_a_person_of_the_accord() {
    CliRun refused = run("token", "create", "mallory");

    assertThat(refused.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(refused.err()).contains("no person `mallory`", "priya");
  }

  @Test
  void serve_prints_its_url_answers_with_a_token_and_stops_when_interrupted() throws Exception {
    String token = run("token", "create", "priya").out().strip();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serving =
        new Thread(() ->
            exit.set(
                AccordCommand.execute(
                    new String[] {"serve", "--port", "0", "--workspace", workspace.toString()},
                    new PrintWriter(out, true),
                    new PrintWriter(err, true))));
    serving.start();
    String url = awaitUrl(out);

    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<String> health =
          client.send(
              HttpRequest.newBuilder(URI.create(url + "/health")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      HttpResponse<String> me =
          client.send(
              HttpRequest.newBuilder(URI.create(url + "/api/v1/me"))
                  .header("Authorization", "Bearer " + token)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(me.body()).contains("\"id\" : \"priya\"");
    }

    serving.interrupt();
    serving.join(Duration.ofSeconds(20));
    assertThat(serving.isAlive()).isFalse();
    assertThat(exit.get()).as(err.toString()).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("webhooks: HubSpot off", "Stopped.");
    assertThat(err.toString())
        .contains("\"method\":\"GET\",\"path\":\"/api/v1/me\"", "\"user\":\"priya\"");
  }

  @Test
  void the_audit_log_lists_writes_and_verifies_its_chain() throws Exception {
    run("token", "create", "priya");
    CliRun empty = run("audit");
    assertThat(empty.out()).contains("No writes yet");
    try (dev.accord.storage.Store store =
        dev.accord.storage.Store.openWorkspace(workspace, java.util.Optional.empty())) {
      store.audit(
          new dev.accord.storage.AuditedWrite(
              Instant.parse("2026-03-02T10:00:00Z"),
              "priya",
              "token 1 (cli)",
              "POST /api/v1/disputes",
              "/api/v1/disputes",
              201,
              "disputed KPI mql_volume"));
    }

    assertThat(run("audit").out())
        .contains("priya", "POST /api/v1/disputes", "disputed KPI mql_volume");
    CliRun verified = run("audit", "verify");
    assertThat(verified.exitCode()).as(verified.all()).isEqualTo(ExitCode.OK);
    assertThat(verified.out())
        .containsPattern("The audit log is intact: 1 write chained, head [0-9a-f]{64}\\.");
    assertThat(run("audit", "verify", "--json").out())
        .contains("\"intact\" : true", "\"writes\" : 1");
  }

  @Test
  void a_webhook_secret_comes_from_its_variable_or_the_file_its_file_variable_names()
      throws Exception {
    Path file = temp.resolve("hubspot.secret");
    java.nio.file.Files.writeString(file, "from-a-file\n");

    assertThat(ServeCommand.secret(java.util.Map.of("S", "direct"), "S")).contains("direct");
    assertThat(ServeCommand.secret(java.util.Map.of("S_FILE", file.toString()), "S"))
        .contains("from-a-file");
    assertThat(ServeCommand.secret(java.util.Map.of(), "S")).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ServeCommand.secret(java.util.Map.of("S", "a", "S_FILE", file.toString()), "S"))
        .hasMessageContaining("both S and S_FILE are set");
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            ServeCommand.secret(
                java.util.Map.of("S_FILE", temp.resolve("missing").toString()), "S"))
        .hasMessageContaining("cannot be read");
  }

  private static String awaitUrl(StringWriter out) throws InterruptedException {
    Pattern served = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)");
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      Matcher matcher = served.matcher(out.toString());
      if (matcher.find()) {
        return matcher.group(1);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the server printed no URL: " + out);
  }
}
