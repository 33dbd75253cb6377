package dev.accord.generator;

import dev.accord.core.accord.Accord;
import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.sla.Handoff;
import dev.accord.core.sla.SlaMeasure;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * When people answer the handoff contract: most within the SLA, a planted share after it. Responses
 * are counted in the working time of the handoff's calendar, so a compliant answer to a lead that
 * arrived on Saturday comes on Monday morning, and a late one well after the due instant rather
 * than a second after it.
 */
final class SlaPlan {

  private final List<Handoff> handoffs;
  private final Map<String, WorkingTime> calendars = new HashMap<>();
  private final Map<String, Optional<Handoff>> touches = new HashMap<>();
  private final Map<String, Optional<Handoff>> exits = new HashMap<>();
  private final Map<String, Map<String, Handoff>> feedbacks = new HashMap<>();
  private final Imperfections imperfections;

  SlaPlan(Accord accord, Imperfections imperfections, Calendars working) {
    this.handoffs = accord.handoffs();
    this.imperfections = imperfections;
    for (BusinessCalendar calendar : accord.calendars()) {
      calendars.put(calendar.id(), working.of(calendar));
    }
    for (Handoff handoff : handoffs) {
      if (handoff.metBy() == SlaMeasure.FEEDBACK) {
        feedbacks
            .computeIfAbsent(handoff.from(), from -> new HashMap<>())
            .putIfAbsent(handoff.to(), handoff);
      }
      touches.put(handoff.from(), strictest(handoff.from(), SlaMeasure.FIRST_TOUCH));
      exits.put(
          handoff.from(), strictest(handoff.from(), SlaMeasure.ACCEPTANCE, SlaMeasure.STAGE_EXIT));
    }
  }

  /** The strictest handoff out of the stage that is met by a first touch. */
  Optional<Handoff> firstTouch(String stage) {
    return touches.getOrDefault(stage, Optional.empty());
  }

  /** The strictest handoff out of the stage that is met by the record leaving it. */
  Optional<Handoff> exit(String stage) {
    return exits.getOrDefault(stage, Optional.empty());
  }

  /** The handoff that owes feedback on the move, if any does. */
  Optional<Handoff> feedback(String from, String to) {
    return Optional.ofNullable(feedbacks.getOrDefault(from, Map.of()).get(to));
  }

  /** The working time of the handoff's calendar, if the accord declares one that ever opens. */
  Optional<WorkingTime> workingTime(Handoff handoff) {
    return Optional.ofNullable(calendars.get(handoff.calendar())).filter(WorkingTime::everOpens);
  }

  /** When the answer to a clock started at the instant comes, in time or late as planted. */
  Instant respond(Handoff handoff, Instant start, SplittableRandom random) {
    boolean late = random.nextDouble() < imperfections.slaBreachOf(handoff.id());
    double share =
        late
            ? 1.15 + random.nextDouble() * (random.nextDouble() < 0.2 ? 6 : 1)
            : 0.1 + 0.75 * random.nextDouble();
    Optional<WorkingTime> time = workingTime(handoff);
    long minutes = time.map(t -> t.minutesOf(handoff.sla())).orElse(handoff.sla().nominalMinutes());
    Duration working = Duration.ofSeconds(Math.max(1, (long) (share * minutes * 60)));
    return time.map(t -> t.plus(start, working)).orElseGet(() -> start.plus(working));
  }

  private Optional<Handoff> strictest(String stage, SlaMeasure... measures) {
    List<SlaMeasure> wanted = List.of(measures);
    return handoffs.stream()
        .filter(h -> h.from().equals(stage) && wanted.contains(h.metBy()))
        .min(Comparator.comparingLong(h -> h.sla().nominalMinutes()));
  }
}
