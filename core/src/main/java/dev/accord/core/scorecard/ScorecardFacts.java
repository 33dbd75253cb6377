package dev.accord.core.scorecard;

import dev.accord.core.exception.ExceptionType;
import dev.accord.core.scorecard.internal.Dictionary;
import dev.accord.core.scorecard.internal.IntColumn;
import dev.accord.core.scorecard.internal.LongColumn;
import dev.accord.core.scorecard.internal.Slots;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the scorecard counts, laid out in columns: the records, every entry of every record into a
 * stage, every version of every field and owner, the SLA runs, the exceptions and the events. Each
 * fact carries when it happened and when Accord learned of it, so a scorecard can be computed as of
 * any instant from what was known then.
 *
 * <p>Instants are epoch milliseconds; text is dictionary-encoded; a record's stage entries lie
 * together, oldest first. Built once by a {@link Builder}, then only read: a scorecard over ten
 * million events is a few passes over primitive arrays.
 */
public final class ScorecardFacts {

  static final long NONE = Long.MIN_VALUE;
  private static final long BREACHED = 1;
  private static final long WITHDRAWN = 2;

  final String[] recordIds;
  final int[] recordObject;
  final long[] createdAt;
  final long[] createdKnown;
  final long[] firstTouchAt;
  final long[] firstTouchKnown;
  final Dictionary objects;

  final int[] entryStart;
  final int[] entryStage;
  final long[] entryAt;
  final long[] entryKnown;
  final Dictionary stages;

  final Map<String, Versions> fields;
  final Versions owners;

  final int[] runRecord;
  final int[] runHandoff;
  final long[] runStarted;
  final long[] runDue;
  final long[] runStartKnown;
  final long[] runStopped;
  final long[] runStopKnown;
  final boolean[] runBreached;
  final boolean[] runWithdrawn;
  final Dictionary handoffs;

  final int[] exceptionRecord;
  final int[] exceptionType;
  final long[] exceptionAt;
  final long[] exceptionKnown;

  final int[] eventRecord;
  final long[] eventAt;
  final long[] eventKnown;

  final long earliest;
  final long latest;

  private ScorecardFacts(Builder b) {
    int records = b.ids.size();
    recordIds = b.recordIdList.toArray(String[]::new);
    recordObject = new int[records];
    long[] objectCodes = b.recordObject.toArray(records);
    for (int r = 0; r < records; r++) {
      recordObject[r] = (int) objectCodes[r];
    }
    createdAt = b.created.toArray(records);
    createdKnown = b.createdKnownAt.toArray(records);
    firstTouchAt = b.touchAt.toArray(records);
    firstTouchKnown = b.touchKnown.toArray(records);
    objects = b.objects;
    stages = b.stages;
    handoffs = b.handoffs;

    // A record's entries together, oldest first: a counting sort by record, then a sort by time
    // within each record (records enter few stages, so the inner sort is short).
    int[] recordOfEntry = b.entryRecord.toArray();
    int[] stageOfEntry = b.entryStageColumn.toArray();
    long[] atOfEntry = b.entryAtColumn.toArray();
    long[] knownOfEntry = b.entryKnownColumn.toArray();
    entryStart = new int[records + 1];
    for (int record : recordOfEntry) {
      entryStart[record + 1]++;
    }
    for (int r = 0; r < records; r++) {
      entryStart[r + 1] += entryStart[r];
    }
    int[] next = Arrays.copyOf(entryStart, records);
    int entries = recordOfEntry.length;
    entryStage = new int[entries];
    entryAt = new long[entries];
    entryKnown = new long[entries];
    for (int e = 0; e < entries; e++) {
      int slot = next[recordOfEntry[e]]++;
      entryStage[slot] = stageOfEntry[e];
      entryAt[slot] = atOfEntry[e];
      entryKnown[slot] = knownOfEntry[e];
    }
    for (int r = 0; r < records; r++) {
      sortByTime(entryStart[r], entryStart[r + 1]);
    }

    Map<String, Versions> built = new LinkedHashMap<>();
    b.fieldVersions.forEach((field, versions) -> built.put(field, versions.build()));
    fields = Map.copyOf(built);
    owners = b.ownerVersions.build();

    runRecord = b.runRecord.toArray();
    runHandoff = b.runHandoff.toArray();
    runStarted = b.runStarted.toArray();
    runDue = b.runDue.toArray();
    runStartKnown = b.runStartKnown.toArray();
    runStopped = b.runStopped.toArray();
    runStopKnown = b.runStopKnown.toArray();
    runBreached = new boolean[runRecord.length];
    runWithdrawn = new boolean[runRecord.length];
    long[] flags = b.runFlags.toArray(runRecord.length);
    for (int run = 0; run < runRecord.length; run++) {
      runBreached[run] = (flags[run] & BREACHED) != 0;
      runWithdrawn[run] = (flags[run] & WITHDRAWN) != 0;
    }

    exceptionRecord = b.exceptionRecord.toArray();
    exceptionType = b.exceptionTypeColumn.toArray();
    exceptionAt = b.exceptionAtColumn.toArray();
    exceptionKnown = b.exceptionKnownColumn.toArray();

    eventRecord = b.eventRecord.toArray();
    eventAt = b.eventAtColumn.toArray();
    eventKnown = b.eventKnownColumn.toArray();

    earliest = b.earliest;
    latest = b.latest;
  }

  /** An empty set of facts to fill. */
  public static Builder builder() {
    return new Builder();
  }

  public int recordCount() {
    return recordIds.length;
  }

  public int stageEntryCount() {
    return entryStage.length;
  }

  public int eventCount() {
    return eventAt.length;
  }

  /** When the earliest fact happened; empty when there are none. */
  public Optional<Instant> earliest() {
    return earliest == Long.MAX_VALUE
        ? Optional.empty()
        : Optional.of(Instant.ofEpochMilli(earliest));
  }

  /** When the latest fact happened; empty when there are none. */
  public Optional<Instant> latest() {
    return latest == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(latest));
  }

  private void sortByTime(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      long at = entryAt[i];
      long known = entryKnown[i];
      int stage = entryStage[i];
      int j = i - 1;
      while (j >= from && entryAt[j] > at) {
        entryAt[j + 1] = entryAt[j];
        entryKnown[j + 1] = entryKnown[j];
        entryStage[j + 1] = entryStage[j];
        j--;
      }
      entryAt[j + 1] = at;
      entryKnown[j + 1] = known;
      entryStage[j + 1] = stage;
    }
  }

  private static long millis(Instant instant) {
    return Objects.requireNonNull(instant, "instant").toEpochMilli();
  }

  /**
   * Every value one field (or the owner) took on any record, in the order they were learned: the
   * record, the value's code, when it took effect and when Accord learned of it. A cleared value is
   * code -1.
   */
  static final class Versions {
    final int[] record;
    final int[] value;
    final long[] at;
    final long[] known;
    final Dictionary values;

    private Versions(int[] record, int[] value, long[] at, long[] known, Dictionary values) {
      this.record = record;
      this.value = value;
      this.at = at;
      this.known = known;
      this.values = values;
    }

    /**
     * Each record's value as of an instant: the latest version in effect and known by then, or -1.
     */
    int[] asOf(long asOf, int records) {
      int[] codes = new int[records];
      long[] effective = new long[records];
      Arrays.fill(codes, -1);
      Arrays.fill(effective, Long.MIN_VALUE);
      for (int v = 0; v < record.length; v++) {
        if (at[v] <= asOf && known[v] <= asOf && at[v] >= effective[record[v]]) {
          codes[record[v]] = value[v];
          effective[record[v]] = at[v];
        }
      }
      return codes;
    }

    /** When each record first had a value known by the instant, or {@link #NONE}. */
    long[] firstAt(long asOf, int records) {
      long[] first = new long[records];
      Arrays.fill(first, NONE);
      for (int v = 0; v < record.length; v++) {
        if (value[v] >= 0 && at[v] <= asOf && known[v] <= asOf) {
          int r = record[v];
          if (first[r] == NONE || at[v] < first[r]) {
            first[r] = at[v];
          }
        }
      }
      return first;
    }
  }

  private static final class VersionsBuilder {
    final IntColumn record = new IntColumn();
    final IntColumn value = new IntColumn();
    final LongColumn at = new LongColumn();
    final LongColumn known = new LongColumn();
    final Dictionary values = new Dictionary();

    void add(int recordIndex, String text, long atMillis, long knownMillis) {
      record.add(recordIndex);
      value.add(text == null ? -1 : values.code(text));
      at.add(atMillis);
      known.add(knownMillis);
    }

    Versions build() {
      return new Versions(record.toArray(), value.toArray(), at.toArray(), known.toArray(), values);
    }
  }

  /**
   * Collects facts in any order; a record named before it is created is kept and given its object
   * when its creation arrives. Not thread-safe: one builder per projection.
   */
  public static final class Builder {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> recordIdList = new ArrayList<>();
    private final Slots recordObject = new Slots(-1);
    private final Slots created = new Slots(NONE);
    private final Slots createdKnownAt = new Slots(NONE);
    private final Slots touchAt = new Slots(NONE);
    private final Slots touchKnown = new Slots(NONE);
    private final Dictionary objects = new Dictionary();
    private final Dictionary stages = new Dictionary();
    private final Dictionary handoffs = new Dictionary();

    private final IntColumn entryRecord = new IntColumn();
    private final IntColumn entryStageColumn = new IntColumn();
    private final LongColumn entryAtColumn = new LongColumn();
    private final LongColumn entryKnownColumn = new LongColumn();

    private final Map<String, VersionsBuilder> fieldVersions = new LinkedHashMap<>();
    private final VersionsBuilder ownerVersions = new VersionsBuilder();

    private final IntColumn runRecord = new IntColumn();
    private final IntColumn runHandoff = new IntColumn();
    private final LongColumn runStarted = new LongColumn();
    private final LongColumn runDue = new LongColumn();
    private final LongColumn runStartKnown = new LongColumn();
    private final LongColumn runStopped = new LongColumn();
    private final LongColumn runStopKnown = new LongColumn();
    private final Slots runFlags = new Slots(0);

    private final IntColumn exceptionRecord = new IntColumn();
    private final IntColumn exceptionTypeColumn = new IntColumn();
    private final LongColumn exceptionAtColumn = new LongColumn();
    private final LongColumn exceptionKnownColumn = new LongColumn();

    private final IntColumn eventRecord = new IntColumn();
    private final LongColumn eventAtColumn = new LongColumn();
    private final LongColumn eventKnownColumn = new LongColumn();

    private long earliest = Long.MAX_VALUE;
    private long latest = Long.MIN_VALUE;

    private Builder() {}

    private int index(String recordId) {
      Integer known = ids.get(recordId);
      if (known != null) {
        return known;
      }
      int added = recordIdList.size();
      ids.put(recordId, added);
      recordIdList.add(recordId);
      return added;
    }

    private void seen(long at) {
      earliest = Math.min(earliest, at);
      latest = Math.max(latest, at);
    }

    /** A record came to be, as a record of the object. */
    public Builder created(String recordId, String objectType, Instant at, Instant known) {
      int record = index(recordId);
      recordObject.set(record, objects.code(objectType));
      long millis = millis(at);
      long before = created.get(record);
      if (before == NONE || millis < before) {
        created.set(record, millis);
        createdKnownAt.set(record, millis(known));
      }
      seen(millis);
      return this;
    }

    /** The record entered a stage. */
    public Builder entered(String recordId, String stage, Instant at, Instant known) {
      entryRecord.add(index(recordId));
      entryStageColumn.add(stages.code(stage));
      long millis = millis(at);
      entryAtColumn.add(millis);
      entryKnownColumn.add(millis(known));
      seen(millis);
      return this;
    }

    /** A field of the record took a value, or lost it ({@code value} empty). */
    public Builder field(
        String recordId, String field, Optional<String> value, Instant at, Instant known) {
      fieldVersions
          .computeIfAbsent(field, ignored -> new VersionsBuilder())
          .add(index(recordId), value.orElse(null), millis(at), millis(known));
      return this;
    }

    /** The record was given to an owner. */
    public Builder owner(String recordId, String owner, Instant at, Instant known) {
      ownerVersions.add(index(recordId), owner, millis(at), millis(known));
      return this;
    }

    /** Someone first emailed, called or met the record. */
    public Builder firstTouch(String recordId, Instant at, Instant known) {
      int record = index(recordId);
      long millis = millis(at);
      long before = touchAt.get(record);
      if (before == NONE || millis < before) {
        touchAt.set(record, millis);
        touchKnown.set(record, millis(known));
      }
      return this;
    }

    /** One run of a handoff's SLA clock on a record, as it stands. */
    public Builder slaRun(SlaRunFact fact) {
      int run = runRecord.size();
      runRecord.add(index(fact.recordId()));
      runHandoff.add(handoffs.code(fact.handoff()));
      runStarted.add(millis(fact.started()));
      runStartKnown.add(millis(fact.startKnown()));
      runDue.add(millis(fact.due()));
      runStopped.add(fact.stopped().map(Instant::toEpochMilli).orElse(NONE));
      runStopKnown.add(fact.stopKnown().map(Instant::toEpochMilli).orElse(NONE));
      runFlags.set(run, (fact.breached() ? BREACHED : 0) | (fact.withdrawn() ? WITHDRAWN : 0));
      return this;
    }

    /** An exception was raised about the record. */
    public Builder exception(String recordId, ExceptionType type, Instant at, Instant known) {
      exceptionRecord.add(index(recordId));
      exceptionTypeColumn.add(type.ordinal());
      exceptionAtColumn.add(millis(at));
      exceptionKnownColumn.add(millis(known));
      return this;
    }

    /** An event about the record was processed, whatever its verdict. */
    public Builder event(String recordId, Instant at, Instant known) {
      eventRecord.add(index(recordId));
      long millis = millis(at);
      eventAtColumn.add(millis);
      eventKnownColumn.add(millis(known));
      seen(millis);
      return this;
    }

    public ScorecardFacts build() {
      return new ScorecardFacts(this);
    }
  }
}
