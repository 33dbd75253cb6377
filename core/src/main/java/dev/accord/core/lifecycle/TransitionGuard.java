package dev.accord.core.lifecycle;

import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent.StageChanged;
import dev.accord.core.exception.ExceptionCase.InvalidTransition;
import dev.accord.core.exception.ExceptionCase.MissingReasonCode;
import java.util.List;
import java.util.Optional;

/**
 * The guardrails on a move between stages: a transition of the record's pipeline must allow it, a
 * reason code must come with it where the transition asks for one, and the record must bring what
 * the target stage requires. Each breach blocks or flags as the accord declares; a blocked move
 * leaves the record where it was, a flagged one is made and kept in the history with the rest.
 */
final class TransitionGuard {

  private final StageIndex index;
  private final Guardrails guardrails;

  TransitionGuard(StageIndex index, Guardrails guardrails) {
    this.index = index;
    this.guardrails = guardrails;
  }

  EventOutcome judge(RecordState state, StageChanged event) {
    EventHeader header = event.header();
    if (event.toStage().equals(state.stage())) {
      return new EventOutcome(
          Verdict.ACCEPTED,
          Optional.of(StateTransitions.counted(state, header.occurredAt())),
          List.of());
    }
    Optional<StageRules> found = index.stage(event.toStage());
    if (found.isEmpty()) {
      // A stage the accord does not declare has no pipeline to put the record in.
      return new EventOutcome(
          Verdict.REJECTED,
          Optional.of(state),
          List.of(DataQuality.unknownStage(header, event.toStage())));
    }
    StageRules target = found.get();
    Breaches breaches = new Breaches();
    Optional<Transition> transition =
        index.stage(state.stage()).flatMap(from -> from.exitTo(target.stageId()));
    if (transition.isEmpty()) {
      breaches.add(
          new InvalidTransition(
              header.recordId(),
              header.idempotencyKey(),
              header.occurredAt(),
              state.stage(),
              target.stageId()),
          guardrails.transitionAllowed());
    } else {
      judgeReason(transition.get(), state, event, breaches);
    }
    target.judgeEntry(state.fields(), header, guardrails.requiredFields(), breaches);
    if (breaches.blocking()) {
      return breaches.rejected(Optional.of(state));
    }
    TransitionKind kind = transition.map(Transition::kind).orElse(TransitionKind.FORWARD);
    return breaches.applied(StateTransitions.moved(state, target, kind, event));
  }

  private void judgeReason(
      Transition transition, RecordState state, StageChanged event, Breaches breaches) {
    Optional<String> given = event.reasonCode().filter(code -> !code.isBlank());
    if (!transition.requiresReason()
        || given.filter(transition.reasonCodes()::contains).isPresent()) {
      return;
    }
    EventHeader header = event.header();
    breaches.add(
        new MissingReasonCode(
            header.recordId(),
            header.idempotencyKey(),
            header.occurredAt(),
            state.stage(),
            event.toStage(),
            given,
            transition.reasonCodes()),
        guardrails.reasonCode());
  }
}
