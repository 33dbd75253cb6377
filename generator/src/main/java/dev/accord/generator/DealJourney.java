package dev.accord.generator;

import dev.accord.core.event.ActivityType;
import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.lifecycle.TransitionKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A deal's story: opened for a lead that reached the deal stage and owned by an account executive,
 * it moves forward stage by stage or is lost with a reason, is now and then reopened, and has its
 * close date slip along the way.
 */
final class DealJourney {

  /** How a deal ended, if it did. */
  enum Result {
    WON,
    LOST,
    OPEN
  }

  record Outcome(Result result, Instant at, Optional<String> owner) {}

  private static final int MAX_MOVES = 30;
  private static final String CLOSE_DATE = "close_date";

  private final Scene scene;
  private final DealShape deal;
  private final String recordId;
  private final Timeline timeline;
  private final SplittableRandom random;
  private final RecordSheet sheet;
  private Optional<String> owner = Optional.empty();

  DealJourney(
      Scene scene,
      DealShape deal,
      String recordId,
      Subject subject,
      Timeline timeline,
      SplittableRandom random) {
    this.scene = scene;
    this.deal = deal;
    this.recordId = recordId;
    this.timeline = timeline;
    this.random = random;
    this.sheet =
        new RecordSheet(
            recordId,
            scene.form(deal.walk().objectType()),
            Map.of(),
            scene,
            subject,
            random,
            List.of());
  }

  /** Plays the deal from its opening, with the lead's values handed over where fields match. */
  Outcome walk(Instant opened, Map<String, String> lead) {
    PipelineWalk walk = deal.walk();
    owner = scene.staff().dealTeam().map(team -> scene.staff().pick(team, opened, random));
    String stage = walk.path().getFirst();
    Instant at = opened.plus(Pace.between(Duration.ofMinutes(1), Duration.ofMinutes(30), random));
    Map<String, String> created = sheet.create(stage, field -> true, lead, at);
    String first = stage;
    Optional<String> createdOwner = owner;
    add(at, h -> new RecordEvent.RecordCreated(h, first, created, createdOwner));
    boolean reopened = false;
    for (int moves = 0; moves < MAX_MOVES && !walk.isTerminal(stage); moves++) {
      Optional<Transition> next = decide(stage);
      Instant exit = atWork(at.plus(scene.pace().dwell(stage, random)));
      work(at, exit);
      if (next.isEmpty()) {
        return new Outcome(Result.OPEN, at, owner);
      }
      at = move(Move.by(next.get(), false, random), exit);
      stage = next.get().to();
      if (next.get().kind() == TransitionKind.LOST) {
        Optional<Transition> reopen = walk.exit(stage, TransitionKind.REOPEN);
        if (reopened || reopen.isEmpty() || random.nextDouble() >= 0.05) {
          return new Outcome(Result.LOST, at, owner);
        }
        reopened = true;
        at = move(Move.by(reopen.get(), false, random), at.plus(scene.pace().dwell(stage, random)));
        stage = reopen.get().to();
      }
    }
    Result result = stage.equals(deal.wonStage()) ? Result.WON : Result.OPEN;
    return new Outcome(walk.isTerminal(stage) ? result : Result.OPEN, at, owner);
  }

  private Optional<Transition> decide(String stage) {
    PipelineWalk walk = deal.walk();
    List<Transition> forwards = walk.forwards(stage);
    double advance =
        forwards.isEmpty()
            ? 0
            : Math.min(0.95, scene.rates().advanceInto(forwards.getFirst().to()));
    if (random.nextDouble() < advance) {
      boolean mainRoad = forwards.size() == 1 || random.nextDouble() < 0.7;
      return Optional.of(
          mainRoad ? forwards.getFirst() : forwards.get(1 + random.nextInt(forwards.size() - 1)));
    }
    return walk.exit(stage, TransitionKind.LOST)
        .or(() -> walk.exit(stage, TransitionKind.DISQUALIFY));
  }

  private Instant move(Move move, Instant at) {
    Instant prepared =
        at.minus(Pace.between(Duration.ofMinutes(1), Duration.ofMinutes(20), random));
    Map<String, String> changes = sheet.prepare(move.target(), prepared, 1.0);
    if (!changes.isEmpty()) {
      add(prepared, h -> new RecordEvent.FieldsChanged(h, changes));
    }
    add(at, h -> new RecordEvent.StageChanged(h, move.target(), move.reason()));
    return at;
  }

  /** The account executive's calls and meetings while the deal sits in a stage. */
  private void work(Instant from, Instant until) {
    Duration stay = Duration.between(from, until);
    if (stay.compareTo(Duration.ofHours(2)) < 0) {
      return;
    }
    int touches = 1 + random.nextInt(2);
    for (int i = 0; i < touches; i++) {
      Instant at = atWork(from.plusSeconds(random.nextLong(stay.toSeconds())));
      if (at.isBefore(until.minus(Duration.ofMinutes(30)))) {
        ActivityType type = ActivityType.values()[random.nextInt(ActivityType.values().length)];
        add(at, h -> new RecordEvent.ActivityLogged(h, type));
      }
    }
    Optional<String> closeDate = Optional.ofNullable(sheet.values().get(CLOSE_DATE));
    if (closeDate.isPresent() && random.nextDouble() < 0.2) {
      String slipped = slip(closeDate.get());
      sheet.set(CLOSE_DATE, slipped);
      Instant at = from.plusSeconds(random.nextLong(stay.toSeconds()));
      timeline.add(
          recordId,
          deal.walk().objectType(),
          at,
          owner.orElse(Staff.AUTOMATION),
          h -> new RecordEvent.FieldsChanged(h, Map.of(CLOSE_DATE, slipped)),
          true);
    }
  }

  private String slip(String date) {
    try {
      return LocalDate.parse(date).plusDays(14 + random.nextInt(32)).toString();
    } catch (DateTimeParseException e) {
      return date;
    }
  }

  private Instant atWork(Instant at) {
    return owner.map(person -> scene.staff().atWork(person, at, random)).orElse(at);
  }

  private void add(Instant at, Function<EventHeader, RecordEvent> body) {
    timeline.add(recordId, deal.walk().objectType(), at, owner.orElse(Staff.AUTOMATION), body);
  }
}
