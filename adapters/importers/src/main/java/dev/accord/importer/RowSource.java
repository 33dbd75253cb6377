package dev.accord.importer;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * The rows of a data file, read one at a time in constant memory: a CSV file through FastCSV, or a
 * JSON lines file through Jackson.
 */
sealed interface RowSource extends Closeable permits CsvRows, JsonLines {

  /**
   * The largest value a row may hold: 1 MiB of characters. A larger one is almost always a broken
   * export, and the row is quarantined.
   */
  int MAX_FIELD_CHARS = 1_048_576;

  /** The columns of the file: the CSV header, or the fields of the first JSON records. */
  List<String> header();

  /** The next data row, or empty at the end of the file. */
  Optional<SourceRow> next();

  @Override
  void close();
}
