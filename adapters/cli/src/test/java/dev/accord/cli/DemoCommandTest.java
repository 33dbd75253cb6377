package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accord demo}: the loop from nothing to a scorecard and a served dashboard. */
class DemoCommandTest {

  @TempDir Path temp;

  @Test
  void a_fresh_folder_gets_an_accord_a_quarter_of_data_through_the_engine_and_a_scorecard() {
    Path workspace = temp.resolve("demo");

    CliRun first = CliRun.of("demo", workspace.toString(), "--records", "400", "--no-serve");
    CliRun second = CliRun.of("demo", workspace.toString(), "--records", "400", "--no-serve");

    assertThat(first.exitCode()).as(first.all()).isEqualTo(ExitCode.OK);
    assertThat(Files.isRegularFile(workspace.resolve("accord.yaml"))).isTrue();
    assertThat(first.out())
        .contains("$ accord init " + workspace)
        .containsPattern("\\$ accord generate --records 400 --seed 7 --start \\d{4}-\\d{2}-01 ")
        .containsPattern("Imported .*: [0-9,]+ rows read, [0-9,]+ accepted")
        .contains("Scorecard, ", "mql_volume", "won_revenue")
        .contains("accord serve --workspace " + workspace)
        .doesNotContain("acc_");
    // Run again, it keeps the accord and the import adds nothing.
    assertThat(second.exitCode()).as(second.all()).isEqualTo(ExitCode.OK);
    assertThat(second.out()).doesNotContain("$ accord init").contains(" 0 accepted");
  }

  @Test
  void without_no_serve_it_serves_the_dashboard_and_prints_demo_sign_ins_that_work()
      throws Exception {
    Path workspace = temp.resolve("served");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread demo =
        new Thread(() ->
            exit.set(
                AccordCommand.execute(
                    new String[] {
                      "demo",
                      workspace.toString(),
                      "--records",
                      "300",
                      "--port",
                      "0",
                      "--start",
                      "2026-01-01"
                    },
                    new PrintWriter(out, true),
                    new PrintWriter(err, true))));
    demo.start();
    String url = awaitUrl(out);

    Matcher priya = Pattern.compile("  priya  (acc_\\S+)  RevOps").matcher(out.toString());
    assertThat(priya.find()).as(out.toString()).isTrue();
    assertThat(out.toString()).contains("The dashboard: http://localhost:PORT/", "  sam  acc_");
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<String> login =
          client.send(
              HttpRequest.newBuilder(URI.create(url + "/login")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).isEqualTo(200);
      assertThat(login.body()).contains("name=\"token\"");
      HttpResponse<String> scorecard =
          client.send(
              HttpRequest.newBuilder(URI.create(url + "/api/v1/scorecard?period=2026-02"))
                  .header("Authorization", "Bearer " + priya.group(1))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(scorecard.statusCode()).as(scorecard.body()).isEqualTo(200);
      assertThat(scorecard.body()).contains("\"id\" : \"mql_volume\"");
    }

    demo.interrupt();
    demo.join(Duration.ofSeconds(20));
    assertThat(demo.isAlive()).isFalse();
    assertThat(exit.get()).as(err.toString()).isEqualTo(ExitCode.OK);
  }

  private static String awaitUrl(StringWriter out) throws InterruptedException {
    Pattern served = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)");
    Instant deadline = Instant.now().plusSeconds(120);
    while (Instant.now().isBefore(deadline)) {
      Matcher matcher = served.matcher(out.toString());
      if (matcher.find()) {
        return matcher.group(1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the demo printed no URL: " + out);
  }
}
