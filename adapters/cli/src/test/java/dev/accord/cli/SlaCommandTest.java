package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.core.accord.Accord;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.exception.ExceptionType;
import dev.accord.generator.FunnelGenerator;
import dev.accord.generator.GeneratorSettings;
import dev.accord.generator.GroundTruth;
import dev.accord.holidays.JollydayPublicHolidays;
import dev.accord.storage.RunFilter;
import dev.accord.storage.Store;
import dev.accord.yaml.AccordFileReader;
import dev.accord.yaml.DefaultAccord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handoff contract's clocks through the CLI, on a generated funnel under the default accord:
 * the import runs them, the board counts them, and the breaches are exactly those the generator
 * planted.
 */
class SlaCommandTest {

  private static final int RECORDS = 1_500;
  private static final long SEED = 17;
  private static final String START = "2026-01-05";

  @TempDir static Path temp;
  private static Path workspace;
  private static CliRun imported;

  @BeforeAll
  static void importAGeneratedFunnel() {
    workspace = temp.resolve("demo");
    CliRun.of("init", workspace.toString());
    Path events = workspace.resolve("events.jsonl");
    CliRun generated =
        CliRun.of(
            "generate",
            "--records",
            String.valueOf(RECORDS),
            "--seed",
            String.valueOf(SEED),
            "--start",
            START,
            "--out",
            events.toString(),
            "--workspace",
            workspace.toString());
    assertThat(generated.exitCode()).as(generated.all()).isEqualTo(ExitCode.OK);
    imported = CliRun.of("import", events.toString(), "--workspace", workspace.toString());
    assertThat(imported.exitCode()).as(imported.all()).isEqualTo(ExitCode.OK);
  }

  @Test
  void theImportCatchesTheClocksUpAndSaysWhatFired() {
    // The funnel lies months in the past: every escalation is too old to send to anyone.
    assertThat(imported.out())
        .containsPattern("SLA clocks: [0-9,]+ breaches, [0-9,]+ escalations fired,")
        .contains(" 0 escalations sent,");
  }

  @Test
  void theBreachesOfSpeedToLeadAreTheOnesTheGeneratorPlanted() {
    Accord accord =
        new AccordFileReader().read("default", DefaultAccord.text()).accord().orElseThrow();
    GroundTruth truth =
        GroundTruth.of(
            FunnelGenerator.generate(
                    accord,
                    GeneratorSettings.of(RECORDS, SEED, Instant.parse(START + "T00:00:00Z"))
                        .withHolidays(new JollydayPublicHolidays()))
                .groundTruth());
    Set<String> planted =
        truth.breaches("speed_to_lead").stream()
            .map(clock -> clock.recordId() + "@" + clock.dueAt())
            .collect(Collectors.toSet());

    Set<String> found;
    try (Store store = Store.openWorkspace(workspace, Optional.empty())) {
      found =
          store
              .slaRuns(
                  new RunFilter(
                      Optional.of("speed_to_lead"),
                      Optional.empty(),
                      Optional.empty(),
                      false,
                      true),
                  100_000,
                  0)
              .stream()
              .map(run -> run.recordId() + "@" + run.dueAt())
              .collect(Collectors.toSet());
    }

    assertThat(planted).hasSizeGreaterThan(10);
    assertThat(found).isEqualTo(planted);
  }

  @Test
  void theBoardCountsEveryRunOnceAndTheBreachesAreQueued() throws Exception {
    CliRun board = CliRun.of("sla", "--workspace", workspace.toString(), "--json", "--limit", "0");
    CliRun text = CliRun.of("sla", "--workspace", workspace.toString(), "--by-owner");

    assertThat(board.exitCode()).as(board.all()).isEqualTo(ExitCode.OK);
    JsonNode handoffs = new ObjectMapper().readTree(board.out()).get("handoffs");
    assertThat(handoffs).isNotEmpty();
    int breached = 0;
    for (JsonNode handoff : handoffs) {
      int total = 0;
      for (JsonNode owner : handoff.get("byOwner")) {
        total += owner.get("breached").asInt();
      }
      // The per-owner lines add up to the handoff's line.
      assertThat(total).isEqualTo(handoff.get("breached").asInt());
      breached += total;
    }
    assertThat(breached).isPositive();
    assertThat(text.out()).contains("HANDOFF", "speed_to_lead", "(all)", "COMPLIANCE");
    try (Store store = Store.openWorkspace(workspace, Optional.empty())) {
      assertThat(store.slaRuns(RunFilter.all(), 1_000_000, 0))
          .filteredOn(run -> run.breached())
          .hasSize(breached);
      // A ladder opens its exception an hour after the breach, unless the run was met meanwhile:
      // every SLA-breach exception names a breached run, and no run has two.
      Set<String> breachedRuns =
          store.slaRuns(RunFilter.all(), 1_000_000, 0).stream()
              .filter(run -> run.breached())
              .map(run -> run.recordId() + "/" + run.handoffId() + "@" + run.dueAt())
              .collect(Collectors.toSet());
      List<String> queued =
          store.exceptions(Optional.empty(), 1_000_000, 0).stream()
              .filter(ExceptionCase.SlaBreach.class::isInstance)
              .map(ExceptionCase.SlaBreach.class::cast)
              .map(e -> e.recordId() + "/" + e.handoffId() + "@" + e.dueAt())
              .toList();
      assertThat(queued).isNotEmpty().doesNotHaveDuplicates();
      assertThat(breachedRuns).containsAll(queued);
      assertThat(store.exceptionCounts().get(ExceptionType.SLA_BREACH))
          .isEqualTo((long) queued.size());
    }
  }

  @Test
  void aSecondTickAtTheSameInstantFiresNothing() {
    CliRun tick =
        CliRun.of(
            "sla", "tick", "--at", "2026-11-01T00:00:00Z", "--workspace", workspace.toString());

    assertThat(tick.exitCode()).as(tick.all()).isEqualTo(ExitCode.OK);
    assertThat(tick.out())
        .contains("SLA clocks advanced to 2026-11-01T00:00:00Z.", "Nothing was due.");
  }

  @Test
  void theHistoryOfABreachedLeadShowsItsClocksAndTheSpeedToLeadSplit() throws Exception {
    String lead;
    try (Store store = Store.openWorkspace(workspace, Optional.empty())) {
      lead =
          store
              .slaRuns(
                  new RunFilter(
                      Optional.of("speed_to_lead"),
                      Optional.empty(),
                      Optional.empty(),
                      false,
                      true),
                  1,
                  0)
              .getFirst()
              .recordId();
    }

    CliRun history = CliRun.of("history", lead, "--workspace", workspace.toString());
    CliRun json = CliRun.of("history", lead, "--workspace", workspace.toString(), "--json");

    assertThat(history.out())
        .contains("SLA clocks:", "speed_to_lead", "breached", "Speed to lead: system");
    JsonNode document = new ObjectMapper().readTree(json.out());
    assertThat(document.get("sla").get(0).get("handoffId").asText()).isNotBlank();
    assertThat(document.get("speedToLead").get("systemDelay").asText()).startsWith("PT");
  }

  @Test
  void badInstantsAndDurationsAreTheUsersError() {
    CliRun tick = CliRun.of("sla", "tick", "--at", "tomorrow", "--workspace", workspace.toString());
    CliRun watch =
        CliRun.of("sla", "watch", "--poll", "often", "--workspace", workspace.toString());

    assertThat(tick.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(tick.err()).contains("'tomorrow' is not an instant", "2026-11-23T17:00:00Z");
    assertThat(watch.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(watch.err()).contains("--poll 'often' is not a duration");
  }
}
