package dev.accord.core.scorecard;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.lifecycle.EventOutcome;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.lifecycle.StageMove;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what the lifecycle engine made of each event into scorecard facts: the event itself, the
 * exceptions it raised, and what changed on its record — a creation, new stage entries, field
 * values, the owner, the first touch. Fed event by event, it keeps a projection up to date as
 * events arrive, in the same order the engine saw them.
 */
public final class FactRecorder {

  private final ScorecardFacts.Builder facts;

  public FactRecorder(ScorecardFacts.Builder facts) {
    this.facts = facts;
  }

  /**
   * Records one event.
   *
   * @param before the record's state before the event; empty for a new record
   * @param event the event
   * @param outcome what the engine made of it
   * @param known when Accord received the event
   */
  public void observe(
      Optional<RecordState> before, RecordEvent event, EventOutcome outcome, Instant known) {
    String recordId = event.header().recordId();
    Instant at = event.header().occurredAt();
    facts.event(recordId, at, known);
    for (ExceptionCase exception : outcome.exceptions()) {
      facts.exception(recordId, exception.type(), at, known);
    }
    if (outcome.state().isEmpty()) {
      return;
    }
    RecordState after = outcome.state().get();
    if (before.isEmpty()) {
      facts.created(recordId, after.objectType(), after.createdAt(), known);
    }
    enteredStages(before, after, known);
    changedFields(before, after, at, known);
    if (!after.owner().equals(before.flatMap(RecordState::owner)) && after.owner().isPresent()) {
      facts.owner(recordId, after.owner().get(), at, known);
    }
    if (after.firstTouchAt().isPresent() && before.flatMap(RecordState::firstTouchAt).isEmpty()) {
      facts.firstTouch(recordId, after.firstTouchAt().get(), known);
    }
  }

  /** The moves the event added; a replayed history adds only the moves not seen before. */
  private void enteredStages(Optional<RecordState> before, RecordState after, Instant known) {
    int seen = before.map(state -> state.stageHistory().size()).orElse(0);
    boolean appended =
        before.isEmpty()
            || after.stageHistory().size() >= seen
                && after.stageHistory().subList(0, seen).equals(before.get().stageHistory());
    if (appended) {
      for (StageMove move : after.stageHistory().subList(seen, after.stageHistory().size())) {
        facts.entered(after.recordId(), move.to(), move.at(), known);
      }
      return;
    }
    Set<String> earlier = new HashSet<>();
    before.get().stageHistory().forEach(move -> earlier.add(move.eventKey()));
    for (StageMove move : after.stageHistory()) {
      if (!earlier.contains(move.eventKey())) {
        facts.entered(after.recordId(), move.to(), move.at(), known);
      }
    }
  }

  private void changedFields(
      Optional<RecordState> before, RecordState after, Instant at, Instant known) {
    Map<String, String> old = before.<Map<String, String>>map(RecordState::fields).orElse(Map.of());
    after
        .fields()
        .forEach((field, value) -> {
          if (!value.equals(old.get(field))) {
            facts.field(after.recordId(), field, Optional.of(value), at, known);
          }
        });
    old.keySet().stream()
        .filter(field -> !after.fields().containsKey(field))
        .forEach(field -> facts.field(after.recordId(), field, Optional.empty(), at, known));
  }
}
