package dev.accord.core.scorecard;

import dev.accord.core.scorecard.internal.Dictionary;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * How counted things fall into the keys of one breakdown: by a value of their record (a field, the
 * owner, the team, the stage), by the month or quarter they are counted at, by the field a
 * completeness row concerns — or all into one, for the total.
 */
abstract sealed class Grouping {

  /** The key of things whose record has no value for the dimension. */
  static final String NO_VALUE = "(no value)";

  final Dictionary keys = new Dictionary();

  abstract int groupOf(Observations rows, int row);

  int size() {
    return keys.size();
  }

  String key(int group) {
    return keys.value(group);
  }

  /** Everything in one group. */
  static final class Total extends Grouping {
    Total() {
      keys.code("");
    }

    @Override
    int groupOf(Observations rows, int row) {
      return 0;
    }
  }

  /** By a value each record holds: a field, the owner, its team or stage, as of the scorecard. */
  static final class ByRecord extends Grouping {
    private final int[] groupOfRecord;

    /**
     * @param records how many records there are
     * @param codeOfRecord each record's value, as a code; -1 for none, null when none has one
     * @param keyOfCode each code's key, or null for none
     * @param ignoreCase whether keys that differ only in case are one, in lower case
     */
    ByRecord(int records, int[] codeOfRecord, String[] keyOfCode, boolean ignoreCase) {
      groupOfRecord = new int[records];
      int[] groupOfCode = new int[keyOfCode.length];
      java.util.Arrays.fill(groupOfCode, -1);
      int none = -1;
      for (int r = 0; r < records; r++) {
        int code = codeOfRecord == null ? -1 : codeOfRecord[r];
        String key = code < 0 ? null : keyOfCode[code];
        if (key == null) {
          if (none < 0) {
            none = keys.code(NO_VALUE);
          }
          groupOfRecord[r] = none;
        } else {
          if (groupOfCode[code] < 0) {
            groupOfCode[code] = keys.code(ignoreCase ? key.toLowerCase(Locale.ROOT) : key);
          }
          groupOfRecord[r] = groupOfCode[code];
        }
      }
    }

    @Override
    int groupOf(Observations rows, int row) {
      return groupOfRecord[rows.record[row]];
    }
  }

  /** By the calendar month or quarter (UTC) a thing is counted at. */
  static final class ByPeriod extends Grouping {
    private static final int FIRST_YEAR = 1900;
    private static final int YEARS = 400;
    private final boolean quarters;
    private final int[] groupOfMonth = new int[YEARS * 12];

    /** The month last looked up, as epoch milliseconds from and to, and its group. */
    private long cachedFrom = 1;

    private long cachedTo;
    private int cachedGroup;

    ByPeriod(boolean quarters) {
      this.quarters = quarters;
      java.util.Arrays.fill(groupOfMonth, -1);
    }

    @Override
    int groupOf(Observations rows, int row) {
      long at = rows.at[row];
      if (at >= cachedFrom && at < cachedTo) {
        return cachedGroup;
      }
      long month = month(at);
      cachedFrom = firstEpochDay(month) * 86_400_000L;
      cachedTo = firstEpochDay(month + 1) * 86_400_000L;
      cachedGroup = group(month);
      return cachedGroup;
    }

    private int group(long month) {
      long index = month - FIRST_YEAR * 12L;
      if (index < 0 || index >= groupOfMonth.length) {
        return keys.code(label(firstDay(month)));
      }
      int group = groupOfMonth[(int) index];
      if (group < 0) {
        group = keys.code(label(firstDay(month)));
        groupOfMonth[(int) index] = group;
      }
      return group;
    }

    private String label(LocalDate date) {
      return quarters
          ? date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1)
          : date.withDayOfMonth(1).toString().substring(0, 7);
    }

    /**
     * The calendar month (UTC) of an instant in epoch milliseconds, as {@code year * 12 + month -
     * 1}, worked out without allocating: the days-to-civil algorithm of the proleptic Gregorian
     * calendar, the one {@link LocalDate} follows.
     */
    static long month(long millis) {
      long z = Math.floorDiv(millis, 86_400_000L) + 719_468;
      long era = Math.floorDiv(z, 146_097);
      long dayOfEra = z - era * 146_097;
      long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
      long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
      long shifted = (5 * dayOfYear + 2) / 153;
      long monthOfYear = shifted < 10 ? shifted + 3 : shifted - 9;
      long year = yearOfEra + era * 400 + (monthOfYear <= 2 ? 1 : 0);
      return year * 12 + monthOfYear - 1;
    }

    /** The epoch day of the first of a month given as {@code year * 12 + month - 1}. */
    static long firstEpochDay(long month) {
      long monthOfYear = Math.floorMod(month, 12) + 1;
      long year = Math.floorDiv(month, 12) - (monthOfYear <= 2 ? 1 : 0);
      long era = Math.floorDiv(year, 400);
      long yearOfEra = year - era * 400;
      long dayOfYear = (153 * (monthOfYear > 2 ? monthOfYear - 3 : monthOfYear + 9) + 2) / 5;
      long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
      return era * 146_097 + dayOfEra - 719_468;
    }

    /** The first day of a month given as {@code year * 12 + month - 1}. */
    static LocalDate firstDay(long month) {
      return LocalDate.of((int) Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, 1);
    }

    /** The month as the scorecard writes it, such as {@code 2026-11}. */
    static String monthLabel(long month) {
      return firstDay(month).toString().substring(0, 7);
    }
  }

  /** By the field a completeness row concerns, keyed by the field's label. */
  static final class ByField extends Grouping {
    private final int[] groupOfField;

    ByField(List<String> labels) {
      groupOfField = new int[labels.size()];
      for (int f = 0; f < labels.size(); f++) {
        groupOfField[f] = keys.code(labels.get(f));
      }
    }

    @Override
    int groupOf(Observations rows, int row) {
      int field = rows.field[row];
      return field < 0 ? keys.code(NO_VALUE) : groupOfField[field];
    }
  }
}
