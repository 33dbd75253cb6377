package dev.accord.core.scorecard;

import dev.accord.core.scorecard.internal.Dictionary;
import java.util.HashMap;
import java.util.Map;

/**
 * The facts as known at one instant: only what had happened and had reached Accord by then. Field
 * values and owners are resolved once per view, then read by record.
 */
final class FactView {

  final ScorecardFacts facts;
  final long asOf;
  private final Map<String, int[]> fieldCodes = new HashMap<>();
  private final Map<String, double[]> numbers = new HashMap<>();
  private final Map<String, double[]> recordNumbers = new HashMap<>();
  private int[] ownerCodes;
  private long[] firstOwner;

  FactView(ScorecardFacts facts, long asOf) {
    this.facts = facts;
    this.asOf = asOf;
  }

  boolean known(long at, long known) {
    return at <= asOf && known <= asOf;
  }

  int records() {
    return facts.recordIds.length;
  }

  int stage(String stageId) {
    return facts.stages.find(stageId);
  }

  boolean created(int record) {
    long at = facts.createdAt[record];
    return at != ScorecardFacts.NONE && known(at, facts.createdKnown[record]);
  }

  /** The record's value of the field, or null. */
  String field(String fieldId, int record) {
    ScorecardFacts.Versions versions = facts.fields.get(fieldId);
    if (versions == null) {
      return null;
    }
    int code = codes(fieldId, versions)[record];
    return code < 0 ? null : versions.values.value(code);
  }

  /** The record's value of the field as a number, or NaN. */
  double number(String fieldId, int record) {
    ScorecardFacts.Versions versions = facts.fields.get(fieldId);
    if (versions == null) {
      return Double.NaN;
    }
    int code = codes(fieldId, versions)[record];
    if (code < 0) {
      return Double.NaN;
    }
    double[] parsed = numbers.computeIfAbsent(fieldId, ignored -> parse(versions));
    return parsed[code];
  }

  /** Each record's value of the field as a number, or NaN. */
  double[] numbers(String fieldId) {
    return recordNumbers.computeIfAbsent(
        fieldId,
        ignored -> {
          double[] numbers = new double[records()];
          java.util.Arrays.fill(numbers, Double.NaN);
          ScorecardFacts.Versions versions = facts.fields.get(fieldId);
          if (versions != null) {
            int[] codes = codes(fieldId, versions);
            double[] parsed = this.numbers.computeIfAbsent(fieldId, field -> parse(versions));
            for (int r = 0; r < numbers.length; r++) {
              if (codes[r] >= 0) {
                numbers[r] = parsed[codes[r]];
              }
            }
          }
          return numbers;
        });
  }

  private int[] codes(String fieldId, ScorecardFacts.Versions versions) {
    return fieldCodes.computeIfAbsent(fieldId, ignored -> versions.asOf(asOf, records()));
  }

  private static double[] parse(ScorecardFacts.Versions versions) {
    double[] parsed = new double[versions.values.size()];
    for (int code = 0; code < parsed.length; code++) {
      try {
        parsed[code] = Double.parseDouble(versions.values.value(code).strip());
      } catch (NumberFormatException e) {
        parsed[code] = Double.NaN;
      }
    }
    return parsed;
  }

  /** Each record's code of its value of the field, or -1; null when no record has the field. */
  int[] codes(String fieldId) {
    ScorecardFacts.Versions versions = facts.fields.get(fieldId);
    return versions == null ? null : codes(fieldId, versions);
  }

  /** The values of the field by code; null when no record has the field. */
  Dictionary values(String fieldId) {
    ScorecardFacts.Versions versions = facts.fields.get(fieldId);
    return versions == null ? null : versions.values;
  }

  /** The record's owner, or null. */
  String owner(int record) {
    int code = ownerCodes()[record];
    return code < 0 ? null : facts.owners.values.value(code);
  }

  /** Each record's code of its owner in {@code facts.owners.values}, or -1. */
  int[] ownerCodes() {
    if (ownerCodes == null) {
      ownerCodes = facts.owners.asOf(asOf, records());
    }
    return ownerCodes;
  }

  /** When the record first had an owner, or {@link ScorecardFacts#NONE}. */
  long firstOwnerAt(int record) {
    if (firstOwner == null) {
      firstOwner = facts.owners.firstAt(asOf, records());
    }
    return firstOwner[record];
  }

  long firstTouchAt(int record) {
    long at = facts.firstTouchAt[record];
    return at != ScorecardFacts.NONE && known(at, facts.firstTouchKnown[record])
        ? at
        : ScorecardFacts.NONE;
  }

  /** The record's first entry into the stage within [from, to), or -1. */
  int firstEntry(int record, int stage, long from, long to) {
    int[] stages = facts.entryStage;
    long[] at = facts.entryAt;
    for (int e = facts.entryStart[record]; e < facts.entryStart[record + 1]; e++) {
      if (stages[e] == stage && at[e] >= from && at[e] < to && known(at[e], facts.entryKnown[e])) {
        return e;
      }
    }
    return -1;
  }

  /** The record's last entry into the stage at or before the instant, or -1. */
  int lastEntryUntil(int record, int stage, long until) {
    int found = -1;
    for (int e = facts.entryStart[record]; e < facts.entryStart[record + 1]; e++) {
      long at = facts.entryAt[e];
      if (at > until) {
        break;
      }
      if (facts.entryStage[e] == stage && known(at, facts.entryKnown[e])) {
        found = e;
      }
    }
    return found;
  }

  /** The record's first entry into the stage within [from, until], or -1. */
  int entryBetween(int record, int stage, long from, long until) {
    for (int e = facts.entryStart[record]; e < facts.entryStart[record + 1]; e++) {
      long at = facts.entryAt[e];
      if (at > until) {
        break;
      }
      if (facts.entryStage[e] == stage && at >= from && known(at, facts.entryKnown[e])) {
        return e;
      }
    }
    return -1;
  }

  /** The stage the record stood in just before the instant, or -1. */
  int stageBefore(int record, long instant) {
    int stage = -1;
    for (int e = facts.entryStart[record]; e < facts.entryStart[record + 1]; e++) {
      long at = facts.entryAt[e];
      if (at >= instant) {
        break;
      }
      if (known(at, facts.entryKnown[e])) {
        stage = facts.entryStage[e];
      }
    }
    return stage;
  }

  /** Each stage code's membership of a set of stage ids. */
  boolean[] stageSet(Iterable<String> stageIds) {
    boolean[] member = new boolean[facts.stages.size()];
    for (String id : stageIds) {
      int code = stage(id);
      if (code >= 0) {
        member[code] = true;
      }
    }
    return member;
  }
}
