package dev.accord.core.lifecycle;

import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.exception.ExceptionCase;
import java.util.List;
import java.util.Optional;

/**
 * How a record comes into being. It may start in any stage of its object, not only an entry stage,
 * because imports pick records up mid-funnel; but it must bring what that stage requires, like any
 * record entering it. A second creation of the same record is a data-quality finding whose values
 * are merged, never a second record.
 */
final class RecordCreation {

  private final StageIndex index;
  private final Guardrails guardrails;

  RecordCreation(StageIndex index, Guardrails guardrails) {
    this.index = index;
    this.guardrails = guardrails;
  }

  EventOutcome apply(Optional<RecordState> current, RecordCreated event) {
    EventHeader header = event.header();
    Optional<StageRules> found = index.stage(event.stage());
    if (found.isEmpty()) {
      return rejected(current, DataQuality.unknownStage(header, event.stage()));
    }
    StageRules stage = found.get();
    if (!stage.objectId().equals(header.objectType())) {
      return rejected(
          current, DataQuality.stageOfAnotherObject(header, event.stage(), stage.objectId()));
    }
    Breaches breaches = new Breaches();
    if (current.isPresent()) {
      RecordState state = current.get();
      breaches.note(DataQuality.duplicateCreation(header, event.stage()));
      DataQuality.reportSentinels(
          index.fields(state.objectType()), event.fields(), header, breaches);
      return breaches.applied(
          StateTransitions.withFields(state, event.fields(), false, header.occurredAt()));
    }
    DataQuality.reportSentinels(stage.fields(), event.fields(), header, breaches);
    stage.judgeEntry(event.fields(), header, guardrails.requiredFields(), breaches);
    if (breaches.blocking()) {
      return breaches.rejected(current);
    }
    return breaches.applied(StateTransitions.created(event, stage));
  }

  private static EventOutcome rejected(Optional<RecordState> current, ExceptionCase finding) {
    return new EventOutcome(Verdict.REJECTED, current, List.of(finding));
  }
}
