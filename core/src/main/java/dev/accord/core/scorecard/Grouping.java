package dev.accord.core.scorecard;

import dev.accord.core.scorecard.internal.Dictionary;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    ByPeriod(boolean quarters) {
      this.quarters = quarters;
      java.util.Arrays.fill(groupOfMonth, -1);
    }

    @Override
    int groupOf(Observations rows, int row) {
      long day = Math.floorDiv(rows.at[row], 86_400_000L);
      LocalDate date = LocalDate.ofEpochDay(day);
      int index = (date.getYear() - FIRST_YEAR) * 12 + date.getMonthValue() - 1;
      if (index < 0 || index >= groupOfMonth.length) {
        return keys.code(label(date));
      }
      int group = groupOfMonth[index];
      if (group < 0) {
        group = keys.code(label(date));
        groupOfMonth[index] = group;
      }
      return group;
    }

    private String label(LocalDate date) {
      return quarters
          ? date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1)
          : date.withDayOfMonth(1).toString().substring(0, 7);
    }

    static String monthOf(long millis) {
      return LocalDate.ofInstant(java.time.Instant.ofEpochMilli(millis), ZoneOffset.UTC)
          .toString()
          .substring(0, 7);
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
