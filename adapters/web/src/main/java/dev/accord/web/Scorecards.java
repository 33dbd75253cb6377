package dev.accord.web;

import dev.accord.core.accord.Accord;
import dev.accord.core.scorecard.Period;
import dev.accord.core.scorecard.Scorecard;
import dev.accord.core.scorecard.ScorecardEngine;
import dev.accord.core.scorecard.ScorecardFacts;
import dev.accord.core.scorecard.ScorecardQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The scorecards the API and the dashboard show, computed by the accord's engine from the store's
 * facts. Reading the facts is the costly part, so they are kept while the store holds the same
 * number of events and exceptions, and for at most {@link #FRESH_FOR}, after which another process
 * (an {@code accord sla tick} on the same PostgreSQL database) may have added to them.
 */
final class Scorecards {

  static final Duration FRESH_FOR = Duration.ofSeconds(30);

  /** How many earlier periods a sparkline draws. */
  static final int EARLIER_PERIODS = 5;

  private record Stamp(long events, long exceptions) {}

  private record Held(Stamp stamp, Instant readAt, ScorecardFacts facts) {}

  private final ScorecardEngine engine;
  private final SerialStore store;
  private final Clock clock;
  private Held held;

  Scorecards(Accord accord, SerialStore store, Clock clock) {
    this.engine = accord.scorecardEngine();
    this.store = store;
    this.clock = clock;
  }

  /** The dimensions a scorecard may be broken down by. */
  List<String> dimensionIds() {
    return engine.dimensionIds();
  }

  /** The scorecard of the period (all the data when empty) as known at the instant (now). */
  Scorecard compute(Optional<Period> period, Optional<Instant> asOf, Optional<String> by) {
    Instant when = asOf.orElseGet(clock::instant);
    return engine.compute(facts(), new ScorecardQuery(period, Optional.of(when), by));
  }

  /**
   * The scorecards of the periods before this one, oldest first, as known at the same instant; for
   * the sparklines. None without a period.
   */
  List<Scorecard> earlier(Optional<Period> period, Optional<Instant> asOf) {
    if (period.isEmpty()) {
      return List.of();
    }
    Instant when = asOf.orElseGet(clock::instant);
    ScorecardFacts facts = facts();
    List<Scorecard> scorecards = new ArrayList<>();
    Period before = period.get();
    for (int i = 0; i < EARLIER_PERIODS; i++) {
      before = before.previous();
      scorecards.add(
          engine.compute(
              facts, new ScorecardQuery(Optional.of(before), Optional.of(when), Optional.empty())));
    }
    Collections.reverse(scorecards);
    return scorecards;
  }

  private synchronized ScorecardFacts facts() {
    Instant now = clock.instant();
    Stamp stamp =
        store.use(
            s -> new Stamp(s.eventCount(), s.countQueue(dev.accord.storage.QueueFilter.all())));
    if (held == null
        || !held.stamp().equals(stamp)
        || now.isAfter(held.readAt().plus(FRESH_FOR))
        || now.isBefore(held.readAt())) {
      held = new Held(stamp, now, store.use(s -> s.scorecardFacts()));
    }
    return held.facts();
  }

  /** The period a request names, or a problem saying how to write one. */
  static Optional<Period> period(Optional<String> text, String parameter) {
    return text.map(written -> {
      try {
        return Period.parse(written);
      } catch (IllegalArgumentException e) {
        throw ApiProblem.InvalidInput.parameter(parameter, e.getMessage());
      }
    });
  }

  /** The instant a request names: a date is the end of that day in UTC. */
  static Optional<Instant> instant(Optional<String> text, String parameter) {
    return text.map(written -> {
      try {
        if (written.length() == 10) {
          return java.time.LocalDate.parse(written)
              .plusDays(1)
              .atStartOfDay(java.time.ZoneOffset.UTC)
              .toInstant()
              .minusMillis(1);
        }
        return Instant.parse(written);
      } catch (java.time.format.DateTimeParseException e) {
        throw ApiProblem.InvalidInput.parameter(
            parameter,
            "`"
                + written
                + "` is neither a date nor an instant; write 2026-11-20 or 2026-11-20T17:00:00Z");
      }
    });
  }

  /** The dimension a request names, if the accord declares it. */
  Optional<String> dimension(Optional<String> text, String parameter) {
    text.filter(by -> !engine.dimensionIds().contains(by))
        .ifPresent(by -> {
          throw ApiProblem.InvalidInput.parameter(
              parameter,
              "the accord declares no dimension `"
                  + by
                  + "`; use one of: "
                  + String.join(", ", engine.dimensionIds()));
        });
    return text;
  }
}
