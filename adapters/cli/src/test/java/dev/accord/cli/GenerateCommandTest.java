package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.storage.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @TempDir Path temp;

  @Test
  void the_same_seed_writes_the_same_file_and_another_seed_another() throws Exception {
    CliRun first = generate(temp.resolve("a.jsonl"), "11");
    CliRun again = generate(temp.resolve("b.jsonl"), "11");
    CliRun other = generate(temp.resolve("c.jsonl"), "12");

    assertThat(first.exitCode()).as(first.all()).isEqualTo(ExitCode.OK);
    assertThat(first.out()).contains("for 300 records", "(seed 11)");
    assertThat(Files.readString(temp.resolve("a.jsonl")))
        .isEqualTo(Files.readString(temp.resolve("b.jsonl")))
        .isNotEqualTo(Files.readString(temp.resolve("c.jsonl")));
    assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(other.exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void the_generated_funnel_imports_into_a_workspace_and_its_truth_names_each_fact()
      throws Exception {
    Path workspace = temp.resolve("demo");
    CliRun.of("init", workspace.toString());
    Path events = workspace.resolve("events.jsonl");
    Path truth = workspace.resolve("truth.jsonl");

    CliRun generated =
        CliRun.of(
            "generate",
            "--records",
            "300",
            "--seed",
            "5",
            "--out",
            events.toString(),
            "--truth",
            truth.toString(),
            "--workspace",
            workspace.toString());
    CliRun imported = CliRun.of("import", events.toString(), "--workspace", workspace.toString());

    assertThat(generated.exitCode()).as(generated.all()).isEqualTo(ExitCode.OK);
    assertThat(imported.exitCode()).as(imported.all()).isEqualTo(ExitCode.OK);
    long lines = Files.lines(events).count();
    assertThat(imported.out()).contains(String.format("%,d rows read", lines));
    try (Store store = Store.openWorkspace(workspace, Optional.empty())) {
      assertThat(store.eventCount()).isEqualTo(lines);
      assertThat(store.countRecords()).isGreaterThanOrEqualTo(300);
    }
    List<String> kinds = Files.lines(truth).map(line -> readType(line)).distinct().toList();
    assertThat(kinds).contains("sla_clock", "planted_duplicate");
  }

  @Test
  void a_line_that_is_not_an_event_is_quarantined_and_the_rest_imported() throws Exception {
    Path workspace = temp.resolve("demo");
    CliRun.of("init", workspace.toString());
    Path events = workspace.resolve("events.jsonl");
    generate(events, "3");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(events));
    lines.add(2, "{\"type\":\"stage_changed\",\"recordId\":\"L-1\"}");
    Files.write(events, lines);

    CliRun imported =
        CliRun.of("import", events.toString(), "--workspace", workspace.toString(), "--json");

    assertThat(imported.exitCode()).as(imported.all()).isEqualTo(ExitCode.OK);
    var summary = new ObjectMapper().readTree(imported.out());
    assertThat(summary.get("rejected").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(Files.readString(Path.of(summary.get("quarantine").asText())))
        .contains("3,", "is missing");
  }

  private static String readType(String line) {
    try {
      return new ObjectMapper().readTree(line).get("type").asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static CliRun generate(Path out, String seed) {
    return CliRun.of("generate", "--records", "300", "--seed", seed, "--out", out.toString());
  }
}
