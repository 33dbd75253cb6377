package dev.accord.importer;

import java.util.function.Supplier;

/** One data row as a file gave it: its values, or the reason it could not be read. */
sealed interface SourceRow {

  /** The data row, counted from 1 after the header. */
  long number();

  /** A row read whole: its values by column, and its text for the quarantine should it need it. */
  record Fields(long number, long line, RowValues values, Supplier<String> raw)
      implements SourceRow {}

  /**
   * A row that cannot be read as the header says: ragged, too large, not a JSON object.
   *
   * @param column the column at fault; empty when the row as a whole is
   * @param endsReading whether nothing after it can be read, as after a quote that never closes
   */
  record Defective(
      long number, long line, String column, String reason, String raw, boolean endsReading)
      implements SourceRow {

    Quarantine quarantine() {
      return new Quarantine(number, column, reason, raw);
    }
  }

  /** A row's values by column name; a column the row lacks reads as empty. */
  @FunctionalInterface
  interface RowValues {
    String get(String column);
  }
}
