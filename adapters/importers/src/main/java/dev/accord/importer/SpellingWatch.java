package dev.accord.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Notices one value spelt two ways in a column, such as {@code Google} and {@code google} as a lead
 * source: values equal but for case and spacing. Each new spelling is reported once, against the
 * first spelling seen.
 *
 * <p>Memory is bounded: per column it remembers at most {@link #MAX_VALUES_PER_COLUMN} distinct
 * values, each with at most {@link #MAX_SPELLINGS_PER_VALUE} spellings. A column with more distinct
 * values than that is no category (names, ids, amounts) and values beyond the bound are not
 * compared; so a watch over {@code c} columns holds at most {@code c × 1,000 × 8} short strings,
 * whatever the size of the file.
 */
final class SpellingWatch {

  static final int MAX_VALUES_PER_COLUMN = 1_000;
  static final int MAX_SPELLINGS_PER_VALUE = 8;

  /** A value met in a second spelling. */
  record Variant(String column, String first, long firstRow, String other, long otherRow) {}

  private record Spelling(String text, long row) {}

  private final Map<String, Map<String, List<Spelling>>> columns = new HashMap<>();

  /** Notes a value of a column; answers the variant when this spelling is new for the value. */
  Optional<Variant> see(String column, String value, long row) {
    String normal = normal(value);
    if (normal.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<Spelling>> values = columns.computeIfAbsent(column, c -> new HashMap<>());
    List<Spelling> spellings = values.get(normal);
    if (spellings == null) {
      if (values.size() < MAX_VALUES_PER_COLUMN) {
        List<Spelling> first = new ArrayList<>(1);
        first.add(new Spelling(value, row));
        values.put(normal, first);
      }
      return Optional.empty();
    }
    for (Spelling spelling : spellings) {
      if (spelling.text().equals(value)) {
        return Optional.empty();
      }
    }
    if (spellings.size() >= MAX_SPELLINGS_PER_VALUE) {
      return Optional.empty();
    }
    spellings.add(new Spelling(value, row));
    Spelling first = spellings.getFirst();
    return Optional.of(new Variant(column, first.text(), first.row(), value, row));
  }

  /** Case and spacing put aside. */
  private static String normal(String value) {
    StringBuilder normal = new StringBuilder(value.length());
    value
        .codePoints()
        .filter(c -> !Character.isWhitespace(c))
        .map(Character::toLowerCase)
        .forEach(normal::appendCodePoint);
    return normal.toString();
  }
}
