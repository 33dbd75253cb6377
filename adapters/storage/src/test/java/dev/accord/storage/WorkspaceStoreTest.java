package dev.accord.storage;

import static dev.accord.storage.Funnel.created;
import static dev.accord.storage.Funnel.finding;
import static dev.accord.storage.Funnel.moved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.lifecycle.LifecycleEngine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: an H2 file in the workspace that outlives the process that wrote it. */
class WorkspaceStoreTest {

  private final LifecycleEngine engine = Funnel.engine();
  @TempDir Path workspace;

  private Store openWorkspace() {
    return Store.openWorkspace(workspace, Optional.empty()).withEngine(engine, 1);
  }

  @Test
  void theDefaultDatabaseIsAnH2FileUnderDotAccord() {
    try (Store store = openWorkspace()) {
      store.ingest(List.of(created("L-1", "k1", 0, "new")), List.of(), Optional.empty());
    }

    assertThat(workspace.resolve(".accord/accord.mv.db")).isRegularFile();
  }

  @Test
  void aChosenDatabaseLeavesTheWorkspaceAlone() {
    try (Store store =
        Store.openWorkspace(workspace, Optional.of("jdbc:h2:mem:chosen")).withEngine(engine, 1)) {
      assertThat(store.eventCount()).isZero();
    }

    assertThat(workspace.resolve(".accord")).doesNotExist();
  }

  @Test
  void reopeningTheFileKeepsEverything() {
    List<RecordEvent> events =
        List.of(created("L-1", "k1", 0, "new"), moved("L-1", "k2", 5, "working"));
    String digest;
    try (Store store = openWorkspace()) {
      store.ingest(
          events,
          List.of(finding("L-1", "f1", "Select")),
          Optional.of(new ImportCheckpoint("leads.csv", 2)));
      digest = store.stateDigest();
    }

    try (Store reopened = openWorkspace()) {
      assertThat(reopened.eventCount()).isEqualTo(2);
      assertThat(reopened.stateDigest()).isEqualTo(digest);
      assertThat(reopened.record("L-1")).contains(Funnel.replayed(engine, events).get("L-1"));
      assertThat(reopened.checkpoint("leads.csv")).contains(new ImportCheckpoint("leads.csv", 2));
      assertThat(reopened.exceptions(Optional.empty(), 10, 0))
          .containsExactly(finding("L-1", "f1", "Select"));
      // Importing the same events again adds nothing.
      IngestReport again = reopened.ingest(events, List.of(), Optional.empty());
      assertThat(again.count(Arrival.DUPLICATE)).isEqualTo(2);
    }
  }

  @Test
  void aCommittedBatchSurvivesTheProcessBeingKilled() throws IOException, InterruptedException {
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KilledImport.class.getName(),
                workspace.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader output =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = output.readLine();
      } while (line != null && !line.equals("stored"));
      assertThat(line).as("the writer's last line").isEqualTo("stored");
    } finally {
      // SIGKILL: no shutdown hook runs, H2 gets no chance to close its file.
      writer.destroyForcibly();
      writer.waitFor(30, TimeUnit.SECONDS);
    }

    try (Store store = openWorkspace()) {
      assertThat(store.eventCount()).isEqualTo(2);
      assertThat(store.checkpoint("leads.csv")).contains(new ImportCheckpoint("leads.csv", 2));
      assertThat(store.record("L-1")).isPresent();
    }
  }

  @Test
  void ingestingNeedsAnEngine() {
    try (Store store = Store.openWorkspace(workspace, Optional.empty())) {
      assertThatThrownBy(() -> store.ingest(List.of(), List.of(), Optional.empty()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("this store has no lifecycle engine to judge events; use withEngine");
    }
  }

  @Test
  void anUnknownKindOfDatabaseIsNamedWithoutItsPassword() throws IOException {
    assertThatThrownBy(() -> Store.open("jdbc:mysql://db/accord?password=s3cret"))
        .isInstanceOf(StorageException.class)
        .hasMessage(
            "cannot open the database jdbc:mysql://db/accord?password=***: No suitable driver"
                + " found for jdbc:mysql://db/accord?password=***");
    try (var files = Files.list(workspace)) {
      assertThat(files).isEmpty();
    }
  }
}
