package dev.accord.generator;

import dev.accord.core.accord.Accord;
import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.sla.Handoff;
import dev.accord.core.sla.SlaMeasure;
import dev.accord.core.sla.SlaStart;
import dev.accord.generator.Truth.SlaClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Times every handoff of the contract on a story's events, in the order they happened, and says
 * which clocks ran over: the SLA part of the ground truth, measured on what was generated rather
 * than on what was planned, so that a lead routed slowly or handed to a rep in another time zone is
 * counted as it really went.
 */
final class SlaLedger {

  private record Timed(Handoff handoff, String objectType, WorkingTime time) {}

  private final List<Timed> timed = new ArrayList<>();

  SlaLedger(Accord accord, SlaPlan plan) {
    for (Handoff handoff : accord.handoffs()) {
      Optional<String> object = accord.objectOf(handoff.from()).map(ObjectType::id);
      Optional<WorkingTime> time = plan.workingTime(handoff);
      if (handoff.pauseIn().isEmpty()
          && !handoff.restartOnActivity()
          && object.isPresent()
          && time.isPresent()) {
        timed.add(new Timed(handoff, object.get(), time.get()));
      }
    }
  }

  List<SlaClock> clocks(Story story) {
    List<SlaClock> clocks = new ArrayList<>();
    for (Timed handoff : timed) {
      story.occurrences().stream()
          .map(Occurrence::header)
          .filter(header -> header.objectType().equals(handoff.objectType()))
          .map(EventHeader::recordId)
          .distinct()
          .forEach(record -> clocks.addAll(new Clock(handoff, record).run(story)));
    }
    return clocks;
  }

  /** The clock of one handoff on one record, through the record's events. */
  private static final class Clock {

    private final Handoff handoff;
    private final WorkingTime time;
    private final String recordId;
    private final List<SlaClock> runs = new ArrayList<>();
    private Optional<String> stage = Optional.empty();
    private Optional<Instant> started = Optional.empty();
    private boolean awaitingAssignment;

    Clock(Timed timed, String recordId) {
      this.handoff = timed.handoff();
      this.time = timed.time();
      this.recordId = recordId;
    }

    List<SlaClock> run(Story story) {
      for (Occurrence occurrence : story.occurrences()) {
        if (occurrence.header().recordId().equals(recordId)) {
          apply(occurrence.event());
        }
      }
      started.ifPresent(start -> record(start, Optional.empty()));
      return runs;
    }

    private void apply(RecordEvent event) {
      Instant at = event.occurredAt();
      switch (event) {
        case RecordEvent.RecordCreated created -> enter(created.stage(), at);
        case RecordEvent.StageChanged changed -> enter(changed.toStage(), at);
        case RecordEvent.OwnerAssigned assigned -> {
          if (awaitingAssignment && started.isEmpty()) {
            awaitingAssignment = false;
            started = Optional.of(at);
          }
        }
        case RecordEvent.ActivityLogged touch -> stopOn(SlaMeasure.FIRST_TOUCH, at);
        case RecordEvent.DispositionRecorded feedback -> stopOn(SlaMeasure.FEEDBACK, at);
        case RecordEvent.FieldsChanged changed -> {}
      }
    }

    private void enter(String to, Instant at) {
      boolean leaving =
          stage.filter(handoff.from()::equals).isPresent() && !to.equals(handoff.from());
      if (handoff.metBy() == SlaMeasure.FEEDBACK) {
        if (leaving && to.equals(handoff.to())) {
          started.ifPresent(open -> record(open, Optional.empty()));
          started = Optional.of(at);
        }
      } else {
        if (leaving) {
          awaitingAssignment = false;
          started.ifPresent(start -> record(start, Optional.of(at)));
          started = Optional.empty();
        }
        if (to.equals(handoff.from())) {
          if (handoff.startsOn() == SlaStart.STAGE_ENTRY) {
            started = Optional.of(at);
          } else {
            awaitingAssignment = true;
          }
        }
      }
      stage = Optional.of(to);
    }

    private void stopOn(SlaMeasure measure, Instant at) {
      if (handoff.metBy() == measure && started.isPresent()) {
        record(started.get(), Optional.of(at));
        started = Optional.empty();
      }
    }

    private void record(Instant start, Optional<Instant> stopped) {
      Instant due = time.due(start, handoff.sla());
      boolean breached = stopped.map(at -> at.isAfter(due)).orElse(true);
      runs.add(new SlaClock(handoff.id(), recordId, start, due, stopped, breached));
    }
  }
}
