package dev.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.core.accord.Accord;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.event.RecordEvent.StageChanged;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.yaml.AccordFileReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generator reads the funnel from whatever accord it is given: a support desk with no teams,
 * handoffs, calendars, sources or deals still gets records that walk its own stages.
 */
class OtherAccordTest {

  private static final Accord DESK =
      new AccordFileReader()
          .read(
              "desk.yaml",
              """
              schema_version: 1
              accord:
                name: Support desk
              objects:
                - id: ticket
                  name: Ticket
                  fields:
                    - id: priority
                      type: enum
                      values: [low, high]
                      required_in: [open]
                  pipelines:
                    - id: desk
                      stages:
                        - id: new
                        - id: open
                          entry_criteria:
                            - field: priority
                              op: eq
                              value: high
                        - id: closed
                          terminal: true
                      transitions:
                        - from: new
                          to: open
                        - from: open
                          to: closed
              """)
          .accord()
          .orElseThrow();

  @Test
  void records_walk_the_accords_own_stages() {
    GeneratorSettings settings =
        GeneratorSettings.of(500, 4, Instant.parse("2026-06-01T00:00:00Z"));
    Funnel funnel = FunnelGenerator.generate(DESK, settings);
    List<RecordEvent> events = funnel.events().toList();
    Pipeline desk = DESK.objects().getFirst().pipelines().getFirst();
    GroundTruth truth = GroundTruth.of(funnel.groundTruth());
    List<String> planted =
        truth.plantedBreaches().stream().map(Truth.PlantedBreach::eventKey).toList();

    assertThat(events.stream().filter(RecordCreated.class::isInstance))
        .hasSize(500)
        .allSatisfy(created -> assertThat(((RecordCreated) created).stage()).isEqualTo("new"));
    Records.inOccurrenceOrder(events)
        .forEach((record, story) -> {
          String stage = "new";
          for (RecordEvent event : story) {
            if (event instanceof StageChanged move) {
              // A few tickets are planted to skip "open"; the truth names each of them.
              assertThat(desk.allows(stage, move.toStage()))
                  .as(move.toString())
                  .isEqualTo(!planted.contains(move.idempotencyKey()));
              stage = move.toStage();
            }
          }
        });
    assertThat(
            events.stream()
                .filter(e -> e instanceof StageChanged s && s.toStage().equals("closed")))
        .isNotEmpty();
    // Entering "open" requires a high priority, so every ticket that opens was made high first.
    Records.inOccurrenceOrder(events)
        .values()
        .forEach(story -> {
          String priority = "";
          for (RecordEvent event : story) {
            Map<String, String> values =
                switch (event) {
                  case RecordCreated created -> created.fields();
                  case RecordEvent.FieldsChanged changed -> changed.changes();
                  default -> Map.of();
                };
            priority = values.getOrDefault("priority", priority);
            if (event instanceof StageChanged move && move.toStage().equals("open")) {
              assertThat(priority).isEqualTo("high");
            }
          }
        });
    assertThat(events).noneMatch(RecordEvent.OwnerAssigned.class::isInstance);
    assertThat(truth.slaClocks()).isEmpty();
    assertThat(planted).isNotEmpty();
  }

  @Test
  void an_accord_without_a_pipeline_cannot_be_generated_from() {
    Accord empty =
        new AccordFileReader()
            .read(
                "empty.yaml",
                """
                schema_version: 1
                accord:
                  name: Nothing yet
                objects:
                  - id: ticket
                    pipelines: []
                """)
            .accord()
            .orElseThrow();
    GeneratorSettings settings = GeneratorSettings.of(5, 1, Instant.parse("2026-06-01T00:00:00Z"));

    assertThatThrownBy(() -> FunnelGenerator.generate(empty, settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The accord declares no pipeline with stages to generate records in.");
  }
}
