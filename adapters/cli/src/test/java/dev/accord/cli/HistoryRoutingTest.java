package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.storage.LoggedDecision;
import dev.accord.storage.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated funnel imported into a workspace: every lead that reached mql was routed. */
class HistoryRoutingTest {

  @TempDir Path temp;

  @Test
  void theHistoryOfALeadThatReachedMqlShowsWhoItWasRoutedToAndWhy() throws Exception {
    Path workspace = temp.resolve("demo");
    CliRun.of("init", workspace.toString());
    Path events = workspace.resolve("events.jsonl");
    CliRun generated =
        CliRun.of(
            "generate",
            "--records",
            "300",
            "--seed",
            "5",
            "--out",
            events.toString(),
            "--workspace",
            workspace.toString());
    CliRun imported = CliRun.of("import", events.toString(), "--workspace", workspace.toString());
    assertThat(generated.exitCode()).as(generated.all()).isEqualTo(ExitCode.OK);
    assertThat(imported.exitCode()).as(imported.all()).isEqualTo(ExitCode.OK);

    String lead;
    LoggedDecision decision;
    try (Store store = Store.openWorkspace(workspace, Optional.empty())) {
      lead = firstLeadThatReachedMql(store);
      List<LoggedDecision> decisions = store.routingDecisions(lead);
      // The default accord routes on entering mql, so the move into mql left a decision.
      assertThat(decisions).isNotEmpty();
      decision = decisions.getFirst();
    }
    assertThat(decision.decision().stage()).isEqualTo("mql");

    CliRun history = CliRun.of("history", lead, "--workspace", workspace.toString());
    CliRun json = CliRun.of("history", lead, "--workspace", workspace.toString(), "--json");

    assertThat(history.exitCode()).as(history.all()).isEqualTo(ExitCode.OK);
    assertThat(history.out())
        .contains("Routing:")
        .contains("  " + decision.decision().decidedAt() + "  " + decision.decision().describe())
        .contains("      " + decision.decision().explanation().getLast());
    JsonNode routing = new ObjectMapper().readTree(json.out()).get("routing");
    assertThat(routing.get(0).get("stage").asText()).isEqualTo("mql");
    assertThat(routing.get(0).get("eventKey").asText()).isEqualTo(decision.eventKey());
    assertThat(routing.get(0).get("summary").asText()).isEqualTo(decision.decision().describe());
  }

  private static String firstLeadThatReachedMql(Store store) {
    for (int offset = 0; ; offset += 100) {
      List<RecordState> page = store.records(Optional.empty(), 100, offset);
      assertThat(page).as("a lead that reached mql").isNotEmpty();
      Optional<String> found =
          page.stream()
              .filter(record -> record.recordId().startsWith("L-"))
              .filter(record ->
                  record.stageHistory().stream().anyMatch(move -> move.to().equals("mql")))
              .map(RecordState::recordId)
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
    }
  }
}
