package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accord scorecard} on a generated funnel: its forms, its errors, and --as-of. */
class ScorecardCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  private Path workspace;
  private List<String> events;

  @BeforeEach
  void generate() throws IOException {
    workspace = temp.resolve("acme");
    CliRun.of("init", workspace.toString());
    Path file = temp.resolve("events.jsonl");
    CliRun generated =
        CliRun.of(
            "generate",
            "--records",
            "2000",
            "--seed",
            "11",
            "--out",
            file.toString(),
            "--workspace",
            workspace.toString());
    assertThat(generated.exitCode()).as(generated.all()).isEqualTo(ExitCode.OK);
    events = Files.readAllLines(file);
  }

  @Test
  void as_of_reproduces_an_earlier_scorecard_exactly_after_later_events_arrived() throws Exception {
    importLines(events.subList(0, events.size() / 2), "first.jsonl");
    JsonNode earlier = json("scorecard", "--json");
    String then = earlier.get("asOf").asText();
    Thread.sleep(5);

    importLines(events.subList(events.size() / 2, events.size()), "second.jsonl");
    JsonNode now = json("scorecard", "--json");
    JsonNode reproduced = json("scorecard", "--json", "--as-of", then);

    assertThat(reproduced).isEqualTo(earlier);
    assertThat(now.get("metrics")).isNotEqualTo(earlier.get("metrics"));
  }

  @Test
  void the_table_csv_and_markdown_forms_show_the_same_kpis() throws IOException {
    importLines(events, "all.jsonl");

    CliRun table =
        CliRun.of("scorecard", "--workspace", workspace.toString(), "--period", "2026-08");
    CliRun csv =
        CliRun.of("scorecard", "--csv", "--workspace", workspace.toString(), "--by", "source");
    CliRun markdown = CliRun.of("scorecard", "--md", "--workspace", workspace.toString());

    assertThat(table.exitCode()).as(table.all()).isEqualTo(ExitCode.OK);
    assertThat(table.out())
        .startsWith("Scorecard, 2026-08-01T00:00:00Z to 2026-09-01T00:00:00Z, as of ")
        .contains("mql_volume", "mql_to_sql", "won_revenue", "The story of the numbers:");
    assertThat(csv.out().lines().findFirst()).contains("kpi,dimension,key,value,status,target");
    assertThat(csv.out()).contains("mql_volume,source,");
    assertThat(csv.out()).doesNotContain("mql_volume,month,");
    assertThat(markdown.out()).startsWith("# Scorecard: Revenue accord").contains("| KPI | kind |");
  }

  @Test
  void a_period_an_instant_or_a_dimension_it_cannot_read_is_a_clear_error() {
    CliRun period = CliRun.of("scorecard", "--workspace", workspace.toString(), "--period", "Q4");
    CliRun asOf =
        CliRun.of("scorecard", "--workspace", workspace.toString(), "--as-of", "yesterday");
    CliRun by = CliRun.of("scorecard", "--workspace", workspace.toString(), "--by", "planet");

    assertThat(period.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(period.err())
        .contains("--period `Q4` is not a period")
        .contains("2026-Q4 (a quarter)");
    assertThat(asOf.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(asOf.err()).contains("--as-of `yesterday` is neither a date nor an instant");
    assertThat(by.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(by.err()).contains("the accord declares no dimension `planet`").contains("source");
  }

  @Test
  void an_empty_workspace_prints_every_kpi_without_a_value() throws IOException {
    JsonNode scorecard = json("scorecard", "--json");

    assertThat(scorecard.get("period").get("from").isNull()).isTrue();
    assertThat(scorecard.get("metrics")).isNotEmpty();
    scorecard.get("metrics").forEach(metric -> assertThat(metric.get("value").isNull()).isTrue());
  }

  private void importLines(List<String> lines, String name) throws IOException {
    Path file = temp.resolve(name);
    Files.write(file, lines);
    CliRun imported = CliRun.of("import", file.toString(), "--workspace", workspace.toString());
    assertThat(imported.exitCode()).as(imported.all()).isEqualTo(ExitCode.OK);
  }

  private JsonNode json(String... args) throws IOException {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--workspace";
    all[args.length + 1] = workspace.toString();
    CliRun run = CliRun.of(all);
    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
    return JSON.readTree(run.out());
  }
}
