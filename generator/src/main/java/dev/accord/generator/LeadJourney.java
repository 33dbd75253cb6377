package dev.accord.generator;

import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.field.FieldType;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.lifecycle.TransitionKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A lead's story through the funnel: created as a subscriber or a lead, scored up to an MQL, routed
 * to a rep who answers within the SLA or not, accepted, qualified, handed to a deal — or
 * disqualified, rejected back to marketing with feedback, recycled into nurture and back. Every
 * move is one the accord allows, except the one planted to break a guardrail, after which the story
 * ends.
 */
final class LeadJourney {

  private static final int MAX_MOVES = 40;
  private static final int MAX_NURTURES = 2;
  private static final List<TransitionKind> SIDE_DOORS =
      List.of(TransitionKind.DISQUALIFY, TransitionKind.REJECT, TransitionKind.RECYCLE);
  private static final Set<String> SUBSCRIBER_FIELDS =
      Set.of("first_name", "lead_source", "source", "lead_score", "country");

  private final Scene scene;
  private final Casting casting;
  private final String recordId;
  private final Subject subject;
  private final Timeline timeline;
  private final SplittableRandom random;
  private final RecordSheet sheet;
  private final PipelineWalk walk;
  private final Outreach outreach;
  private int nurtures;
  private int deals;

  LeadJourney(
      Scene scene,
      Casting casting,
      Subject subject,
      Timeline timeline,
      SplittableRandom random,
      List<Truth> facts) {
    this.scene = scene;
    this.casting = casting;
    this.recordId = casting.recordId();
    this.subject = subject;
    this.timeline = timeline;
    this.random = random;
    this.walk = scene.shape().leads();
    this.sheet =
        new RecordSheet(
            recordId, scene.form(walk.objectType()), casting.gaps(), scene, subject, random, facts);
    this.outreach = new Outreach(scene, recordId, sheet, timeline, random);
  }

  void walk() {
    String stage = casting.startStage();
    Instant at = create(stage);
    for (int moves = 0; moves < MAX_MOVES && !walk.isTerminal(stage); moves++) {
      Optional<Moved> leaving = stay(stage, at);
      if (leaving.isEmpty() || leaving.get().move().breach().isPresent()) {
        return;
      }
      at = leaving.get().at();
      stage = leaving.get().move().target();
    }
  }

  /** A move made, and when. */
  private record Moved(Move move, Instant at) {}

  /** Subscribers give an email and little else; the rest comes with their first form fill. */
  private Instant create(String stage) {
    boolean subscriber = walk.startStages().size() > 1 && stage.equals(walk.path().getFirst());
    Map<String, String> values =
        sheet.create(
            stage, field -> !subscriber || subscriberField(field), Map.of(), casting.createdAt());
    add(
        casting.createdAt(),
        Staff.AUTOMATION,
        h -> new RecordEvent.RecordCreated(h, stage, values, Optional.empty()));
    return casting.createdAt();
  }

  /** Everything that happens while the record is in the stage, and the move out, if any. */
  private Optional<Moved> stay(String stage, Instant entered) {
    Optional<Instant> assigned = Optional.empty();
    Optional<Instant> touched = Optional.empty();
    Optional<String> team = scene.staff().routedTeam();
    if (scene.shape().routedStages().contains(stage) && team.isPresent()) {
      assigned = Optional.of(outreach.assign(entered, team.get()));
      touched = Optional.of(outreach.touch(stage, entered, assigned.get()));
    }
    Optional<DealShape> deal = scene.shape().deal().filter(d -> d.opensAt().equals(stage));
    if (deal.isPresent()) {
      return afterDeal(stage, entered, deal.get());
    }
    Optional<Move> move = decide(stage);
    Instant from = touched.orElse(entered);
    if (move.isEmpty()) {
      outreach.work(stage, from, from.plus(scene.pace().dwell(stage, random)));
      return Optional.empty();
    }
    Instant exit = leaveAt(stage, entered, assigned, touched);
    outreach.work(stage, from, exit);
    return Optional.of(make(stage, move.get(), exit, actorOf(move.get())));
  }

  /**
   * Forward at the stage's rate for the record's source, out by a side door at the side doors'
   * rates, or nowhere: the record stalls.
   */
  private Optional<Move> decide(String stage) {
    if (!walk.path().contains(stage)) {
      return comeBack(stage);
    }
    Optional<String> next = walk.next(stage);
    double advance =
        next.map(n -> Math.min(0.95, scene.rates().advanceInto(n) * casting.source().conversion()))
            .orElse(0.0);
    double total = 0;
    for (TransitionKind door : SIDE_DOORS) {
      total += walk.exit(stage, door).isPresent() ? chance(door) : 0;
    }
    double scale = total > 1 - advance ? (1 - advance) / total : 1;
    double roll = random.nextDouble();
    if (roll < advance) {
      return Optional.of(forward(stage, next.orElseThrow()));
    }
    roll -= advance;
    for (TransitionKind door : SIDE_DOORS) {
      Optional<Transition> exit = walk.exit(stage, door);
      if (exit.isPresent()) {
        double share = chance(door) * scale;
        if (roll < share) {
          return Optional.of(leave(exit.get()));
        }
        roll -= share;
      }
    }
    return Optional.empty();
  }

  private double chance(TransitionKind door) {
    return switch (door) {
      case DISQUALIFY -> scene.rates().disqualify();
      case REJECT -> scene.rates().reject();
      default -> scene.rates().recycle();
    };
  }

  /** A recycled record comes back through the first way out of its stage, a few times at most. */
  private Optional<Move> comeBack(String stage) {
    if (nurtures >= MAX_NURTURES || random.nextDouble() >= scene.rates().renurture()) {
      return Optional.empty();
    }
    nurtures++;
    return walk.anyExit(stage).map(t -> Move.by(t, casting.isDuplicate(), random));
  }

  private Move forward(String stage, String next) {
    Optional<String> beyond = walk.next(next);
    if (casting.mischief() == Casting.Mischief.SKIP_STAGE
        && beyond.isPresent()
        && !walk.allows(stage, beyond.get())) {
      return Move.skippingTo(beyond.get());
    }
    return Move.by(walk.transition(stage, next).orElseThrow(), casting.isDuplicate(), random);
  }

  private Move leave(Transition transition) {
    Move move = Move.by(transition, casting.isDuplicate(), random);
    return casting.mischief() == Casting.Mischief.OMIT_REASON_CODE && transition.requiresReason()
        ? move.withoutReason()
        : move;
  }

  /** When the record leaves: as the handoff's SLA plan says, else after a typical stay. */
  private Instant leaveAt(
      String stage, Instant entered, Optional<Instant> assigned, Optional<Instant> touched) {
    Instant planned =
        scene
            .sla()
            .exit(stage)
            .map(h -> scene.sla().respond(h, Outreach.clockStart(h, entered, assigned), random))
            .orElseGet(() -> outreach.atWork(entered.plus(scene.pace().dwell(stage, random))));
    Instant earliest =
        touched
            .map(t -> t.plus(Pace.between(Duration.ofMinutes(5), Duration.ofMinutes(40), random)))
            .orElse(entered.plusSeconds(60));
    return planned.isAfter(earliest) ? planned : earliest;
  }

  /**
   * A deal is opened and played out; the lead passes to the deal's owner, becomes a customer when
   * the deal is won, and goes back to nurture now and then when it is lost.
   */
  private Optional<Moved> afterDeal(String stage, Instant entered, DealShape deal) {
    deals++;
    String dealId = "O-" + (casting.index() + 1) + (deals > 1 ? "-" + deals : "");
    DealJourney.Outcome outcome =
        new DealJourney(scene, deal, dealId, subject, timeline, random)
            .walk(entered, sheet.values());
    outcome
        .owner()
        .ifPresent(rep -> outreach.handTo(rep, entered.plusSeconds(60 + random.nextInt(240))));
    Optional<Move> move =
        switch (outcome.result()) {
          case WON ->
              walk.next(stage)
                  .flatMap(next -> walk.transition(stage, next))
                  .map(t -> Move.by(t, false, random));
          case LOST ->
              walk.exit(stage, TransitionKind.RECYCLE)
                  .filter(t -> random.nextDouble() < 0.5)
                  .map(t -> Move.by(t, false, random));
          case OPEN -> Optional.empty();
        };
    Duration after =
        outcome.result() == DealJourney.Result.WON
            ? Pace.between(Duration.ofMinutes(2), Duration.ofMinutes(30), random)
            : Pace.between(Duration.ofDays(1), Duration.ofDays(10), random);
    return move.map(m -> make(stage, m, outcome.at().plus(after), Staff.AUTOMATION));
  }

  /** Fills what the target stage needs, moves, and owes feedback where the contract asks. */
  private Moved make(String stage, Move move, Instant at, String actor) {
    Duration lead = Pace.between(Duration.ofMinutes(1), Duration.ofMinutes(10), random);
    Instant prepared = at.minus(lead);
    Map<String, String> changes =
        sheet.prepare(move.target(), prepared, scene.settings().imperfections().gapsFilled());
    if (!changes.isEmpty()) {
      add(prepared, actor, h -> new RecordEvent.FieldsChanged(h, changes));
    }
    Beat moved = add(at, actor, h -> new RecordEvent.StageChanged(h, move.target(), move.reason()));
    move.breach().ifPresent(type -> timeline.breach(moved, type));
    if (move.breach().isEmpty()) {
      outreach.feedback(stage, move, moved.at());
    }
    return new Moved(move, moved.at());
  }

  /** Scoring and routing move records into routed stages; their owners move them on. */
  private String actorOf(Move move) {
    return scene.shape().routedStages().contains(move.target())
        ? Staff.AUTOMATION
        : outreach.owner().orElse(Staff.AUTOMATION);
  }

  private static boolean subscriberField(FieldDefinition field) {
    return field.type() == FieldType.EMAIL || SUBSCRIBER_FIELDS.contains(field.id());
  }

  private Beat add(Instant at, String actor, Function<EventHeader, RecordEvent> body) {
    return timeline.add(recordId, walk.objectType(), at, actor, body);
  }
}
