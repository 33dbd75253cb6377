package dev.accord.core.scorecard;

import dev.accord.core.field.Criterion;
import dev.accord.core.field.Placeholders;
import dev.accord.core.scorecard.internal.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each formula of the vocabulary counts, as observations over one period of a fact view. A
 * thing is counted at the instant that places it in the period — the entry into the stage counted,
 * the creation of the record, the start of the SLA run — and the month, quarter and record
 * breakdowns group it by that instant and that record.
 */
final class Measures {

  private static final long DAY = 86_400_000L;

  private final FactView view;
  private final long from;
  private final long to;
  private final int object;
  private final Placeholders placeholders;

  /**
   * @param object the code of the KPI's object in the facts; -1 when no record is of it
   */
  Measures(FactView view, Period period, int object, Placeholders placeholders) {
    this.view = view;
    this.from = period.from().toEpochMilli();
    this.to = period.to().toEpochMilli();
    this.object = object;
    this.placeholders = placeholders;
  }

  /** The rows a simple formula counts and how they add up; velocity combines several of these. */
  record Counted(Observations rows, Aggregate aggregate) {}

  Counted count(Formula formula, long unitMillis) {
    return switch (formula) {
      case Formula.CountEntering count -> new Counted(entering(count.stage()), Aggregate.SUM);
      case Formula.Conversion conversion ->
          new Counted(
              conversion.method() == ConversionMethod.COHORT
                  ? cohort(conversion)
                  : flow(conversion.from(), conversion.to()),
              Aggregate.RATIO);
      case Formula.DurationBetween duration ->
          new Counted(
              durations(duration.from(), duration.to(), unitMillis),
              Aggregate.of(duration.statistic()));
      case Formula.SumOfField sum -> new Counted(sum(sum.field(), sum.stage()), Aggregate.SUM);
      case Formula.ShareMeeting share -> new Counted(share(share), Aggregate.RATIO);
      case Formula.SlaCompliance compliance ->
          new Counted(compliance(compliance.handoff()), Aggregate.RATIO);
      case Formula.ExceptionRate ignored -> new Counted(exceptionRate(), Aggregate.RATIO);
      case Formula.FieldCompleteness completeness ->
          new Counted(completeness(completeness.fields()), Aggregate.RATIO);
      case Formula.WinRate winRate ->
          new Counted(winRate(winRate.won(), winRate.lost()), Aggregate.RATIO);
      case Formula.PipelineValue pipeline ->
          new Counted(pipeline(pipeline.field(), pipeline.stages()), Aggregate.SUM);
      case Formula.SpeedToLead speed ->
          new Counted(speed(speed.part(), unitMillis), Aggregate.of(speed.statistic()));
      case Formula.SalesVelocity velocity ->
          throw new IllegalArgumentException("velocity combines several counts: use velocity()");
    };
  }

  /** The four counts sales velocity is made of: opportunities, won value, win rate, cycle. */
  List<Counted> velocity(Formula.SalesVelocity velocity) {
    return List.of(
        new Counted(entering(velocity.from()), Aggregate.SUM),
        new Counted(sum(velocity.field(), Optional.of(velocity.won())), Aggregate.MEAN),
        new Counted(winRate(velocity.won(), velocity.lost()), Aggregate.RATIO),
        new Counted(durations(velocity.from(), velocity.won(), DAY), Aggregate.MEAN));
  }

  /** Records entering the stage in the period, each once, at its first entry. */
  private Observations entering(String stageId) {
    Observations rows = new Observations();
    int stage = view.stage(stageId);
    if (stage < 0) {
      return rows;
    }
    for (int r = 0; r < view.records(); r++) {
      int e = view.firstEntry(r, stage, from, to);
      if (e >= 0) {
        rows.add(r, view.facts.entryAt[e], 1, 1);
      }
    }
    return rows;
  }

  /** Of the records entering A in the period, those reaching B after it (within the window). */
  private Observations cohort(Formula.Conversion conversion) {
    Observations rows = new Observations();
    int a = view.stage(conversion.from());
    int b = view.stage(conversion.to());
    if (a < 0) {
      return rows;
    }
    long window = conversion.window().map(java.time.Duration::toMillis).orElse(Long.MAX_VALUE);
    for (int r = 0; r < view.records(); r++) {
      int e = view.firstEntry(r, a, from, to);
      if (e < 0) {
        continue;
      }
      long entered = view.facts.entryAt[e];
      long until = window == Long.MAX_VALUE ? Long.MAX_VALUE : entered + window;
      boolean reached = b >= 0 && view.entryBetween(r, b, entered, until) >= 0;
      rows.add(r, entered, reached ? 1 : 0, 1);
    }
    return rows;
  }

  /** Entries into B in the period over entries into A in the period. */
  private Observations flow(String fromStage, String toStage) {
    Observations rows = new Observations();
    int a = view.stage(fromStage);
    int b = view.stage(toStage);
    for (int r = 0; r < view.records(); r++) {
      int ea = a < 0 ? -1 : view.firstEntry(r, a, from, to);
      if (ea >= 0) {
        rows.add(r, view.facts.entryAt[ea], 0, 1);
      }
      int eb = b < 0 ? -1 : view.firstEntry(r, b, from, to);
      if (eb >= 0) {
        rows.add(r, view.facts.entryAt[eb], 1, 0);
      }
    }
    return rows;
  }

  /** Records closing won in the period over those closing won or lost in it. */
  private Observations winRate(String wonStage, List<String> lostStages) {
    Observations rows = new Observations();
    int won = view.stage(wonStage);
    int[] lost = lostStages.stream().mapToInt(view::stage).filter(code -> code >= 0).toArray();
    for (int r = 0; r < view.records(); r++) {
      int e = won < 0 ? -1 : view.firstEntry(r, won, from, to);
      if (e >= 0) {
        rows.add(r, view.facts.entryAt[e], 1, 1);
        continue;
      }
      int first = -1;
      for (int stage : lost) {
        int l = view.firstEntry(r, stage, from, to);
        if (l >= 0 && (first < 0 || view.facts.entryAt[l] < view.facts.entryAt[first])) {
          first = l;
        }
      }
      if (first >= 0) {
        rows.add(r, view.facts.entryAt[first], 0, 1);
      }
    }
    return rows;
  }

  /** For records entering B in the period, the time since their last entry into A before it. */
  private Observations durations(String fromStage, String toStage, long unitMillis) {
    Observations rows = new Observations();
    int a = view.stage(fromStage);
    int b = view.stage(toStage);
    if (a < 0 || b < 0) {
      return rows;
    }
    for (int r = 0; r < view.records(); r++) {
      int eb = view.firstEntry(r, b, from, to);
      if (eb < 0) {
        continue;
      }
      long reached = view.facts.entryAt[eb];
      int ea = view.lastEntryUntil(r, a, reached);
      if (ea >= 0) {
        rows.add(r, reached, (reached - view.facts.entryAt[ea]) / (double) unitMillis, 1);
      }
    }
    return rows;
  }

  /** The field's total over records entering the stage in the period, or created in it. */
  private Observations sum(String field, Optional<String> stage) {
    Observations rows = new Observations();
    if (stage.isPresent()) {
      int code = view.stage(stage.get());
      if (code < 0) {
        return rows;
      }
      for (int r = 0; r < view.records(); r++) {
        int e = view.firstEntry(r, code, from, to);
        if (e >= 0) {
          rows.add(r, view.facts.entryAt[e], amount(field, r), 1);
        }
      }
      return rows;
    }
    for (int r = 0; r < view.records(); r++) {
      if (createdInPeriod(r)) {
        rows.add(r, view.facts.createdAt[r], amount(field, r), 1);
      }
    }
    return rows;
  }

  private double amount(String field, int record) {
    double value = view.number(field, record);
    return Double.isNaN(value) ? 0 : value;
  }

  /** Of the records entering the stage in the period (or created in it), those meeting all. */
  private Observations share(Formula.ShareMeeting share) {
    Observations rows = new Observations();
    List<Criterion> criteria = share.where().stream().map(Criterion::new).toList();
    List<String> fields = share.fields();
    int stage = share.stage().map(view::stage).orElse(-1);
    for (int r = 0; r < view.records(); r++) {
      long at;
      if (share.stage().isPresent()) {
        int e = stage < 0 ? -1 : view.firstEntry(r, stage, from, to);
        if (e < 0) {
          continue;
        }
        at = view.facts.entryAt[e];
      } else if (createdInPeriod(r)) {
        at = view.facts.createdAt[r];
      } else {
        continue;
      }
      Map<String, String> values = new HashMap<>();
      for (String field : fields) {
        String value = view.field(field, r);
        if (value != null) {
          values.put(field, value);
        }
      }
      boolean meets = criteria.stream().allMatch(c -> c.isMetBy(values, placeholders));
      rows.add(r, at, meets ? 1 : 0, 1);
    }
    return rows;
  }

  /**
   * Of the handoff's SLA runs started in the period, the share met in time. With no instant to look
   * back from, a run counts as the clocks last left it (breached, or met when stopped); as of an
   * instant, only runs decided by then count: met when stopped in time, breached once due.
   */
  private Observations compliance(String handoff) {
    Observations rows = new Observations();
    int code = view.facts.handoffs.find(handoff);
    ScorecardFacts f = view.facts;
    boolean lookingBack = view.asOf != Long.MAX_VALUE;
    for (int run = 0; run < f.runRecord.length; run++) {
      long started = f.runStarted[run];
      if (f.runHandoff[run] != code
          || started < from
          || started >= to
          || !view.known(started, f.runStartKnown[run])) {
        continue;
      }
      long stopped = f.runStopped[run];
      boolean stoppedByThen =
          stopped != ScorecardFacts.NONE && view.known(stopped, f.runStopKnown[run]);
      boolean breached =
          lookingBack
              ? f.runDue[run] <= view.asOf && (!stoppedByThen || stopped > f.runDue[run])
              : f.runBreached[run];
      if (breached) {
        rows.add(f.runRecord[run], started, 0, 1);
      } else if (stoppedByThen && !f.runWithdrawn[run]) {
        rows.add(f.runRecord[run], started, 1, 1);
      }
    }
    return rows;
  }

  /** Exceptions raised in the period over the events processed in it. */
  private Observations exceptionRate() {
    ScorecardFacts f = view.facts;
    Observations rows = new Observations(f.exceptionRecord.length + f.eventRecord.length);
    for (int x = 0; x < f.exceptionRecord.length; x++) {
      long at = f.exceptionAt[x];
      if (at >= from && at < to && view.known(at, f.exceptionKnown[x])) {
        rows.add(f.exceptionRecord[x], at, 1, 0);
      }
    }
    for (int e = 0; e < f.eventRecord.length; e++) {
      long at = f.eventAt[e];
      if (at >= from && at < to && view.known(at, f.eventKnown[e])) {
        rows.add(f.eventRecord[e], at, 0, 1);
      }
    }
    return rows;
  }

  /** For records created in the period, each listed field filled in with a real value or not. */
  private Observations completeness(List<String> fields) {
    Observations rows = new Observations();
    // Whether each distinct value of each field is a real one, worked out once per value.
    int[][] codes = new int[fields.size()][];
    boolean[][] real = new boolean[fields.size()][];
    for (int k = 0; k < fields.size(); k++) {
      String field = fields.get(k);
      codes[k] = view.codes(field);
      Dictionary values = view.values(field);
      real[k] = new boolean[values == null ? 0 : values.size()];
      for (int code = 0; code < real[k].length; code++) {
        real[k][code] = !placeholders.isMissing(field, values.value(code));
      }
    }
    for (int r = 0; r < view.records(); r++) {
      if (!createdInPeriod(r)) {
        continue;
      }
      long at = view.facts.createdAt[r];
      for (int k = 0; k < fields.size(); k++) {
        int code = codes[k] == null ? -1 : codes[k][r];
        boolean filled = code >= 0 && real[k][code];
        rows.add(r, at, filled ? 1 : 0, 1, k);
      }
    }
    return rows;
  }

  /** The field's total over the records standing in one of the stages when the period ends. */
  private Observations pipeline(String field, List<String> stageIds) {
    Observations rows = new Observations();
    boolean[] open = view.stageSet(stageIds);
    long end = Math.min(to, view.asOf == Long.MAX_VALUE ? to : view.asOf + 1);
    for (int r = 0; r < view.records(); r++) {
      int stage = view.stageBefore(r, end);
      if (stage >= 0 && stage < open.length && open[stage]) {
        rows.add(r, end - 1, amount(field, r), 1);
      }
    }
    return rows;
  }

  /** For records created in the period and touched, the time to touch, or one part of it. */
  private Observations speed(SpeedPart part, long unitMillis) {
    Observations rows = new Observations();
    for (int r = 0; r < view.records(); r++) {
      if (!createdInPeriod(r)) {
        continue;
      }
      long created = view.facts.createdAt[r];
      long owned = view.firstOwnerAt(r);
      long touched = view.firstTouchAt(r);
      long start;
      long end;
      switch (part) {
        case TOTAL -> {
          start = created;
          end = touched;
        }
        case SYSTEM -> {
          start = created;
          end = owned;
        }
        case OWNER -> {
          start = owned;
          end = touched;
        }
        default -> throw new IllegalStateException(part.name());
      }
      if (start != ScorecardFacts.NONE && end != ScorecardFacts.NONE && end >= start) {
        rows.add(r, created, (end - start) / (double) unitMillis, 1);
      }
    }
    return rows;
  }

  private boolean createdInPeriod(int record) {
    if (view.facts.recordObject[record] != object) {
      return false;
    }
    long at = view.facts.createdAt[record];
    return view.created(record) && at >= from && at < to;
  }
}
