package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a generated funnel queues the duplicates the generator planted, once. */
class SuspectedDuplicatesImportTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PAIR =
      Pattern.compile("Record (\\S+) looks like a duplicate of (\\S+) \\(");

  @TempDir Path temp;

  @Test
  void an_import_queues_planted_duplicates_and_a_second_import_adds_none() throws Exception {
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
    assertThat(generated.exitCode()).as(generated.all()).isEqualTo(ExitCode.OK);

    CliRun imported = CliRun.of("import", events.toString(), "--workspace", workspace.toString());
    assertThat(imported.exitCode()).as(imported.all()).isEqualTo(ExitCode.OK);
    List<String> first = suspectedPairs(workspace);
    // A second import is all duplicate events; the watch, refilled from the store before the
    // first batch, is never asked about records it already holds.
    CliRun again = CliRun.of("import", events.toString(), "--workspace", workspace.toString());
    assertThat(again.exitCode()).as(again.all()).isEqualTo(ExitCode.OK);
    List<String> second = suspectedPairs(workspace);

    Set<String> planted = plantedPairs(truth);
    assertThat(first).isNotEmpty();
    assertThat(planted).containsAll(first);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void records_of_an_earlier_import_are_remembered_by_the_next_one() throws Exception {
    Path whole = temp.resolve("whole");
    Path halves = temp.resolve("halves");
    CliRun.of("init", whole.toString());
    CliRun.of("init", halves.toString());
    Path events = temp.resolve("events.jsonl");
    CliRun.of(
        "generate",
        "--records",
        "300",
        "--seed",
        "5",
        "--out",
        events.toString(),
        "--workspace",
        whole.toString());
    List<String> lines = Files.readAllLines(events);
    Path first = temp.resolve("first.jsonl");
    Path second = temp.resolve("second.jsonl");
    Files.write(first, lines.subList(0, lines.size() / 2));
    Files.write(second, lines.subList(lines.size() / 2, lines.size()));

    CliRun.of("import", events.toString(), "--workspace", whole.toString());
    CliRun.of("import", first.toString(), "--workspace", halves.toString());
    CliRun.of("import", second.toString(), "--workspace", halves.toString());

    // The second half's duplicates of first-half records are found only if the watch read the
    // records the first import stored.
    assertThat(suspectedPairs(halves)).hasSameElementsAs(suspectedPairs(whole)).isNotEmpty();
  }

  /** Each queued suspicion as "duplicate|original", read from the queue's JSON listing. */
  private static List<String> suspectedPairs(Path workspace) throws Exception {
    CliRun listed =
        CliRun.of(
            "exceptions",
            "--type",
            "suspected_duplicate",
            "--json",
            "--limit",
            "1000",
            "--workspace",
            workspace.toString());
    assertThat(listed.exitCode()).as(listed.all()).isEqualTo(ExitCode.OK);
    List<String> pairs = new ArrayList<>();
    for (JsonNode row : JSON.readTree(listed.out()).get("exceptions")) {
      assertThat(row.get("type").asText()).isEqualTo("suspected_duplicate");
      Matcher matcher = PAIR.matcher(row.get("description").asText());
      assertThat(matcher.find()).as(row.get("description").asText()).isTrue();
      pairs.add(matcher.group(1) + "|" + matcher.group(2));
    }
    return pairs;
  }

  private static Set<String> plantedPairs(Path truth) throws Exception {
    Set<String> pairs = new HashSet<>();
    for (String line : Files.readAllLines(truth)) {
      JsonNode node = JSON.readTree(line);
      if (node.get("type").asText().equals("planted_duplicate")) {
        pairs.add(node.get("duplicateId").asText() + "|" + node.get("originalId").asText());
      }
    }
    return pairs;
  }
}
