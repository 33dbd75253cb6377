package dev.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.accord.Accord;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.event.RecordEvent.FieldsChanged;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.event.RecordEvent.StageChanged;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.field.FieldType;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.generator.Truth.PlantedBreach;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The generated funnel is one the lifecycle engine accepts: every move is a transition the accord
 * allows, with a reason code where one is needed, every field is one the accord declares — except
 * the few moves planted to break a guardrail, which the ground truth lists.
 */
class LifecycleConformanceTest {

  private static final Accord ACCORD = DefaultAccords.DEFAULT;
  private static final List<RecordEvent> EVENTS = SampleFunnel.EVENTS;

  @Test
  void every_move_not_planted_is_an_allowed_transition_with_its_reason_code() {
    Map<String, ExceptionType> planted =
        SampleFunnel.TRUTH.plantedBreaches().stream()
            .collect(Collectors.toMap(PlantedBreach::eventKey, PlantedBreach::type));
    int[] checked = new int[1];
    Records.inOccurrenceOrder(EVENTS)
        .forEach((record, events) -> {
          RecordCreated created = (RecordCreated) events.getFirst();
          Pipeline pipeline = ACCORD.pipelineOf(created.stage()).orElseThrow();
          assertThat(pipeline.entryStages().stream().map(Stage::id))
              .as(record)
              .contains(created.stage());
          String stage = created.stage();
          for (RecordEvent event : events) {
            if (event instanceof StageChanged move) {
              check(stage, move, pipeline, Optional.ofNullable(planted.get(move.idempotencyKey())));
              stage = move.toStage();
              checked[0]++;
            }
          }
        });
    assertThat(checked[0]).isGreaterThan(10_000);
  }

  @Test
  void a_few_guardrail_breaches_are_planted_and_each_ends_its_story() {
    List<PlantedBreach> breaches = SampleFunnel.TRUTH.plantedBreaches();
    Map<String, List<RecordEvent>> records = Records.inOccurrenceOrder(EVENTS);

    assertThat(breaches.stream().map(PlantedBreach::type))
        .contains(ExceptionType.INVALID_TRANSITION, ExceptionType.MISSING_REASON_CODE);
    assertThat(breaches.size()).isBetween(20, 200);
    for (PlantedBreach breach : breaches) {
      List<RecordEvent> events = records.get(breach.recordId());
      long movesAfter =
          events.stream()
              .dropWhile(e -> !e.idempotencyKey().equals(breach.eventKey()))
              .skip(1)
              .filter(StageChanged.class::isInstance)
              .count();
      assertThat(movesAfter).as(breach.toString()).isZero();
    }
  }

  @Test
  void every_field_written_is_one_the_object_declares_with_a_value_of_its_kind() {
    for (RecordEvent event : EVENTS) {
      ObjectType object = ACCORD.object(event.header().objectType()).orElseThrow();
      Map<String, String> values =
          switch (event) {
            case RecordCreated created -> created.fields();
            case FieldsChanged changed -> changed.changes();
            default -> Map.of();
          };
      values.forEach((field, value) -> {
        FieldDefinition definition = object.field(field).orElseThrow();
        if (definition.type() == FieldType.ENUM && !placeholder(definition, value)) {
          assertThat(definition.values()).as(field).contains(value);
        }
      });
    }
  }

  @Test
  void owners_are_active_people_of_the_teams_that_take_the_records() {
    List<String> owners =
        EVENTS.stream()
            .filter(RecordEvent.OwnerAssigned.class::isInstance)
            .map(e -> ((RecordEvent.OwnerAssigned) e).owner())
            .distinct()
            .toList();

    assertThat(owners).containsExactlyInAnyOrder("maria", "jake", "emma", "daniel", "alex");
  }

  private static void check(
      String from, StageChanged move, Pipeline pipeline, Optional<ExceptionType> planted) {
    Optional<Transition> transition = pipeline.transition(from, move.toStage());
    if (planted.equals(Optional.of(ExceptionType.INVALID_TRANSITION))) {
      assertThat(transition).as(move.toString()).isEmpty();
      return;
    }
    assertThat(pipeline.allows(from, move.toStage())).as(from + " -> " + move).isTrue();
    if (planted.equals(Optional.of(ExceptionType.MISSING_REASON_CODE))) {
      assertThat(transition.orElseThrow().requiresReason()).isTrue();
      assertThat(move.reasonCode()).isEmpty();
    } else if (transition.orElseThrow().requiresReason()) {
      assertThat(transition.orElseThrow().reasonCodes()).contains(move.reasonCode().orElseThrow());
    }
  }

  private static boolean placeholder(FieldDefinition field, String value) {
    return ACCORD.sentinels().contains(value) || field.sentinels().contains(value);
  }
}
