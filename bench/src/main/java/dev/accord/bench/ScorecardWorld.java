package dev.accord.bench;

import dev.accord.core.accord.Accord;
import dev.accord.core.calendar.PublicHolidays;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.lifecycle.EventOutcome;
import dev.accord.core.lifecycle.LifecycleEngine;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.lifecycle.Verdict;
import dev.accord.core.scorecard.FactRecorder;
import dev.accord.core.scorecard.ScorecardFacts;
import dev.accord.core.scorecard.SlaRunFact;
import dev.accord.core.sla.SlaEngine;
import dev.accord.core.sla.SlaOutcome;
import dev.accord.core.sla.SlaTimer;
import dev.accord.core.sla.SlaTimers;
import dev.accord.core.sla.SlaUpdate;
import dev.accord.generator.Funnel;
import dev.accord.generator.FunnelGenerator;
import dev.accord.generator.GeneratorSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scorecard's facts of a generated funnel, made as the import path makes them: each event, in
 * the order it arrives, through the lifecycle engine (late ones put back in order from the record's
 * earlier events) and into the facts by a {@link FactRecorder}; every event the lifecycle lets in
 * moves the record's SLA clocks on, whose exceptions count too; at the end every clock is advanced
 * to the last instant and each of its runs becomes a fact.
 *
 * <p>An event is known from the moment it arrives, which is the latest instant the stream has
 * reached: late events are known after they happened. The funnel spans a year, its leads arriving
 * through it, and is cut after the requested number of events, as a live CRM stands at any moment,
 * with stories still going.
 */
final class ScorecardWorld {

  /** Events per lead in the default funnel, rounded down, to generate enough leads. */
  private static final int EVENTS_PER_LEAD = 4;

  private final LifecycleEngine lifecycle;
  private final SlaEngine sla;
  private final ScorecardFacts.Builder facts = ScorecardFacts.builder();
  private final FactRecorder recorder = new FactRecorder(facts);
  private final Map<String, Book> books = new HashMap<>();

  /** One record's state, its events as the log keeps them, and its clocks. */
  private static final class Book {
    RecordState state;
    final List<RecordEvent> log = new ArrayList<>(6);
    final List<RecordEvent> accepted = new ArrayList<>(6);
    SlaTimers timers;
  }

  private ScorecardWorld(Accord accord, PublicHolidays holidays) {
    this.lifecycle = accord.lifecycleEngine();
    this.sla = accord.slaEngine(holidays);
  }

  /**
   * The facts of the first {@code events} events of the seeded funnel. The funnel is read twice:
   * first to learn how many events each record has and when the stream ends, so that the second
   * pass can let go of a record's state, log and clocks after its last event, and ten million
   * events fit in a few gigabytes.
   */
  static ScorecardFacts facts(Accord accord, PublicHolidays holidays, long events) {
    ScorecardWorld world = new ScorecardWorld(accord, holidays);
    long leads = Math.max(1, events / EVENTS_PER_LEAD + 100);
    GeneratorSettings settings =
        GeneratorSettings.of(leads, BenchData.SEED, BenchData.START)
            .withSpan(Duration.ofDays(365))
            .withHolidays(holidays);
    Funnel funnel = FunnelGenerator.generate(accord, settings);
    Map<String, int[]> remaining = new HashMap<>();
    long end = Long.MIN_VALUE;
    Iterator<RecordEvent> counting = funnel.events().limit(events).iterator();
    while (counting.hasNext()) {
      RecordEvent event = counting.next();
      remaining.computeIfAbsent(event.recordId(), id -> new int[1])[0]++;
      end = Math.max(end, event.occurredAt().toEpochMilli());
    }
    Instant last = Instant.ofEpochMilli(end);
    Iterator<RecordEvent> stream = funnel.events().limit(events).iterator();
    long known = Long.MIN_VALUE;
    while (stream.hasNext()) {
      RecordEvent event = stream.next();
      known = Math.max(known, event.occurredAt().toEpochMilli());
      world.ingest(event, Instant.ofEpochMilli(known));
      int[] left = remaining.get(event.recordId());
      if (--left[0] == 0) {
        remaining.remove(event.recordId());
        world.close(event.recordId(), last);
      }
    }
    return world.facts.build();
  }

  private void ingest(RecordEvent event, Instant known) {
    String recordId = event.recordId();
    Book book = books.computeIfAbsent(recordId, id -> new Book());
    Optional<RecordState> before = Optional.ofNullable(book.state);
    List<RecordEvent> log = book.log;
    EventOutcome outcome = lifecycle.ingest(before, event, () -> List.copyOf(log));
    outcome.state().ifPresent(state -> book.state = state);
    log.add(event);
    recorder.observe(before, event, outcome, known);
    if (outcome.verdict() != Verdict.REJECTED) {
      clocks(book, event, known);
      book.accepted.add(event);
    }
  }

  /**
   * Moves the record's clocks on by an accepted event; a late one replays the record's accepted
   * events in the order they happened, as the store does.
   */
  private void clocks(Book book, RecordEvent event, Instant known) {
    SlaTimers timers = book.timers == null ? SlaTimers.of(event.recordId()) : book.timers;
    Optional<Instant> reached = timers.asOf();
    if (reached.isEmpty() || !event.occurredAt().isBefore(reached.get())) {
      book.timers = take(sla.on(timers, event), known);
      return;
    }
    List<RecordEvent> happened = new ArrayList<>(book.accepted);
    happened.add(event);
    happened.sort(Comparator.comparing(RecordEvent::occurredAt));
    SlaTimers replayed = SlaTimers.of(event.recordId());
    for (RecordEvent earlier : happened) {
      replayed = sla.on(replayed, earlier).timers();
    }
    book.timers = take(sla.advance(replayed, reached.get()), known);
  }

  /** The clocks' exceptions (the open_exception rungs) count towards the exception rate. */
  private SlaTimers take(SlaUpdate update, Instant known) {
    for (SlaOutcome outcome : update.outcomes()) {
      if (outcome instanceof SlaOutcome.ExceptionOpened opened) {
        ExceptionCase exception = opened.exception();
        facts.exception(exception.recordId(), exception.type(), exception.occurredAt(), known);
      }
    }
    return update.timers();
  }

  /**
   * The record's last event is in: its clocks are advanced to the end of the stream, each of their
   * runs becomes a fact, and the record's book is closed.
   */
  private void close(String recordId, Instant end) {
    Book book = books.remove(recordId);
    if (book.timers == null) {
      return;
    }
    SlaTimers timers = take(sla.advance(book.timers, end), end);
    for (SlaTimer timer : timers.timers()) {
      facts.slaRun(
          SlaRunFact.asItHappened(
              timers.recordId(),
              timer.handoffId(),
              timer.startedAt(),
              timer.dueAt(),
              timer.stoppedAt(),
              timer.breached(),
              timer.status() == SlaTimer.Status.WITHDRAWN));
    }
  }
}
