package dev.accord.importer;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of a CSV file, streamed by FastCSV: quotes, embedded newlines and CRLF line ends as RFC
 * 4180 has them, empty lines skipped. The first record is the header. A row with more or fewer
 * fields than the header, or with a field over {@link RowSource#MAX_FIELD_CHARS}, is defective. A
 * field so long that the parser's 16 MiB buffer cannot hold it — almost always a quote that never
 * closes, swallowing the rest of the file — ends the reading.
 */
final class CsvRows implements RowSource {

  private final char delimiter;
  private final CsvReader<CsvRecord> csv;
  private final CloseableIterator<CsvRecord> records;
  private final List<String> header;
  private final Map<String, Integer> index = new HashMap<>();
  private long number;
  private boolean ended;

  private CsvRows(char delimiter, CsvReader<CsvRecord> csv) {
    this.delimiter = delimiter;
    this.csv = csv;
    this.records = csv.iterator();
    this.header = firstRecord(records);
    for (int i = header.size() - 1; i >= 0; i--) {
      index.put(header.get(i), i);
    }
  }

  /** The header; none when the file is empty or its first record cannot be parsed at all. */
  private static List<String> firstRecord(CloseableIterator<CsvRecord> records) {
    try {
      return records.hasNext() ? records.next().getFields() : List.of();
    } catch (CsvParseException unreadable) {
      return List.of();
    }
  }

  static CsvRows open(Path file, Charset encoding, char delimiter) throws IOException {
    return new CsvRows(delimiter, reader(delimiter).ofCsvRecord(TextInput.open(file, encoding)));
  }

  private static CsvReader.CsvReaderBuilder reader(char delimiter) {
    return CsvReader.builder()
        .fieldSeparator(delimiter)
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .allowExtraCharsAfterClosingQuote(true);
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public Optional<SourceRow> next() {
    if (ended) {
      return Optional.empty();
    }
    CsvRecord record;
    try {
      if (!records.hasNext()) {
        return Optional.empty();
      }
      record = records.next();
    } catch (CsvParseException unreadable) {
      ended = true;
      number++;
      String cause = unreadable.getCause() == null ? "" : ": " + unreadable.getCause().getMessage();
      return Optional.of(
          new SourceRow.Defective(
              number,
              0,
              "",
              unreadable.getMessage().strip()
                  + cause.strip()
                  + " The rest of the file is not read.",
              "",
              true));
    } catch (UncheckedIOException broken) {
      throw new ImportException(
          "the file could no longer be read after row " + number + ": " + broken.getMessage(),
          broken);
    }
    number++;
    return Optional.of(row(record));
  }

  private SourceRow row(CsvRecord record) {
    List<String> fields = record.getFields();
    long line = record.getStartingLineNumber();
    if (fields.size() != header.size()) {
      String column = fields.size() < header.size() ? header.get(fields.size()) : "";
      return new SourceRow.Defective(
          number,
          line,
          column,
          "the row has "
              + fields.size()
              + (fields.size() == 1 ? " field" : " fields")
              + " but the header has "
              + header.size()
              + " (line "
              + line
              + ")",
          raw(fields),
          false);
    }
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).length() > MAX_FIELD_CHARS) {
        return new SourceRow.Defective(
            number,
            line,
            header.get(i),
            "the field holds "
                + fields.get(i).length()
                + " characters, more than the "
                + MAX_FIELD_CHARS
                + " (1 MiB) a field may have (line "
                + line
                + ")",
            raw(fields),
            false);
      }
    }
    return new SourceRow.Fields(
        number,
        line,
        column -> {
          Integer at = index.get(column);
          return at == null ? "" : fields.get(at);
        },
        () -> raw(fields));
  }

  /** The row written back as one CSV line, quoted where its fields need it. */
  private String raw(List<String> fields) {
    StringWriter text = new StringWriter();
    try (CsvWriter writer =
        CsvWriter.builder().fieldSeparator(delimiter).lineDelimiter(LineDelimiter.LF).build(text)) {
      writer.writeRecord(fields.stream().map(this::cut).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String line = text.toString();
    return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
  }

  /** A field short enough for the quarantine to keep. */
  private String cut(String field) {
    return field.length() <= Quarantine.MAX_RAW_CHARS
        ? field
        : field.substring(0, Quarantine.MAX_RAW_CHARS);
  }

  @Override
  public void close() {
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
