package dev.accord.generator;

import dev.accord.core.event.ActivityType;
import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.sla.Handoff;
import dev.accord.core.sla.SlaStart;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The people working one lead: the router's assignment, the rep's first touch and follow-ups, the
 * re-scores of the marketing automation, and marketing's feedback on a rejection — each timed by
 * the handoff contract where it has a clause, and by the owner's working hours where it has none.
 */
final class Outreach {

  private static final String LEAD_SCORE = "lead_score";

  private final Scene scene;
  private final String recordId;
  private final RecordSheet sheet;
  private final Timeline timeline;
  private final SplittableRandom random;
  private Optional<String> owner = Optional.empty();

  Outreach(
      Scene scene, String recordId, RecordSheet sheet, Timeline timeline, SplittableRandom random) {
    this.scene = scene;
    this.recordId = recordId;
    this.sheet = sheet;
    this.timeline = timeline;
    this.random = random;
  }

  Optional<String> owner() {
    return owner;
  }

  /** The router gives the record to someone of the team, in seconds or, now and then, hours. */
  Instant assign(Instant entered, String team) {
    Duration delay =
        random.nextDouble() < scene.settings().imperfections().slowRouting()
            ? Pace.between(Duration.ofMinutes(20), Duration.ofHours(6), random)
            : Pace.between(Duration.ofSeconds(2), Duration.ofMinutes(2), random);
    Instant at = entered.plus(delay);
    String rep = scene.staff().pick(team, at, random);
    owner = Optional.of(rep);
    return add(at, Staff.AUTOMATION, h -> new RecordEvent.OwnerAssigned(h, rep)).at();
  }

  /** The record passes to another owner, such as the account executive of its deal. */
  void handTo(String rep, Instant at) {
    owner = Optional.of(rep);
    add(at, Staff.AUTOMATION, h -> new RecordEvent.OwnerAssigned(h, rep));
  }

  /** The rep's first touch: as the speed-to-lead plan says, else when they get to it. */
  Instant touch(String stage, Instant entered, Instant assigned) {
    Instant planned =
        scene
            .sla()
            .firstTouch(stage)
            .map(h -> scene.sla().respond(h, clockStart(h, entered, Optional.of(assigned)), random))
            .orElseGet(() -> atWork(assigned.plus(Pace.around(Duration.ofMinutes(30), random))));
    Instant earliest = assigned.plusSeconds(30);
    Instant at = planned.isAfter(earliest) ? planned : earliest;
    ActivityType type = random.nextDouble() < 0.55 ? ActivityType.EMAIL : ActivityType.CALL;
    return add(at, owner.orElse(Staff.AUTOMATION), h -> new RecordEvent.ActivityLogged(h, type))
        .at();
  }

  /** The owner's follow-ups while the record sits in the stage, and now and then a re-score. */
  void work(String stage, Instant from, Instant until) {
    Duration stay = Duration.between(from, until);
    if (stay.compareTo(Duration.ofHours(1)) < 0) {
      return;
    }
    if (owner.isPresent()) {
      int touches = random.nextInt(4);
      for (int i = 0; i < touches; i++) {
        Instant at = atWork(from.plusSeconds(random.nextLong(stay.toSeconds())));
        if (at.isBefore(until.minus(Duration.ofMinutes(15)))) {
          ActivityType type =
              random.nextDouble() < 0.1
                  ? ActivityType.MEETING
                  : random.nextBoolean() ? ActivityType.CALL : ActivityType.EMAIL;
          add(at, owner.get(), h -> new RecordEvent.ActivityLogged(h, type));
        }
      }
    }
    if (scene.shape().inPlay().contains(stage)
        && sheet.declares(LEAD_SCORE)
        && random.nextDouble() < 0.25) {
      String score = String.valueOf(50 + random.nextInt(50));
      sheet.set(LEAD_SCORE, score);
      Instant at = from.plusSeconds(random.nextLong(stay.toSeconds()));
      timeline.add(
          recordId,
          objectType(),
          at,
          Staff.AUTOMATION,
          h -> new RecordEvent.FieldsChanged(h, Map.of(LEAD_SCORE, score)),
          true);
    }
  }

  /** Marketing's answer to a rejection, where the contract owes one, in time or late. */
  void feedback(String stage, Move move, Instant movedAt) {
    Optional<Handoff> handoff = scene.sla().feedback(stage, move.target());
    Optional<String> code =
        move.reason().or(() -> scene.accord().reasonCodes().stream().findFirst().map(r -> r.id()));
    if (handoff.isEmpty() || code.isEmpty()) {
      return;
    }
    Instant at = scene.sla().respond(handoff.get(), movedAt, random);
    String marketer = scene.staff().pick(handoff.get().owner(), at, random);
    String note = Names.FEEDBACK_NOTES.get(random.nextInt(Names.FEEDBACK_NOTES.size()));
    add(at, marketer, h -> new RecordEvent.DispositionRecorded(h, code.get(), note));
  }

  /** When the owner next does something: at the instant if at work, else once they are. */
  Instant atWork(Instant at) {
    return owner.map(rep -> scene.staff().atWork(rep, at, random)).orElse(at);
  }

  static Instant clockStart(Handoff handoff, Instant entered, Optional<Instant> assigned) {
    return handoff.startsOn() == SlaStart.ASSIGNMENT ? assigned.orElse(entered) : entered;
  }

  private String objectType() {
    return scene.shape().leads().objectType();
  }

  private Beat add(Instant at, String actor, Function<EventHeader, RecordEvent> body) {
    return timeline.add(recordId, objectType(), at, actor, body);
  }
}
