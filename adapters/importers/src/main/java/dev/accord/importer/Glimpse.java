package dev.accord.importer;

import dev.accord.yaml.Diagnostic;
import dev.accord.yaml.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A first look at a data file before anything is imported: that it is a readable file in the
 * mapping's encoding, that it has a header and at least one data row, and that its header splits on
 * the mapping's delimiter. What it finds wrong is told as a diagnostic on the data file. When the
 * file passes, the look keeps its header and first rows for the mapping's own checks.
 *
 * @param header the file's columns
 * @param sample its first data rows that could be read, at most {@link Importer#SAMPLE_ROWS}
 */
record Glimpse(List<String> header, List<SourceRow.Fields> sample) {

  /**
   * The separators a one-column header is searched for, to tell the delimiter a file really uses.
   */
  private static final String CANDIDATE_DELIMITERS = ",;\t|";

  static Optional<Glimpse> of(Path data, Mapping mapping, List<Diagnostic> diagnostics) {
    String name = data.toString();
    if (!Files.isRegularFile(data)) {
      diagnostics.add(
          Diagnostic.error(
              name,
              Position.NONE,
              Files.isDirectory(data)
                  ? "`" + data + "` is a directory, not a data file"
                  : "no such file: `" + data + "`",
              "name the exported CSV or JSON lines file; relative paths start from the current directory"));
      return Optional.empty();
    }
    try {
      Optional<EncodingCheck.Malformed> malformed =
          EncodingCheck.firstMalformed(data, mapping.encoding());
      if (malformed.isPresent()) {
        diagnostics.add(notInEncoding(name, mapping, malformed.get()));
        return Optional.empty();
      }
      try (RowSource rows = Importer.rows(data, mapping)) {
        List<SourceRow.Fields> sample = new ArrayList<>();
        long read = 0;
        for (Optional<SourceRow> row = rows.next();
            row.isPresent() && read < Importer.SAMPLE_ROWS;
            row = rows.next()) {
          read++;
          if (row.get() instanceof SourceRow.Fields fields) {
            sample.add(fields);
          }
        }
        Glimpse glimpse = new Glimpse(rows.header(), sample);
        return glimpse.fits(name, mapping, read, diagnostics)
            ? Optional.of(glimpse)
            : Optional.empty();
      }
    } catch (IOException unreadable) {
      diagnostics.add(
          Diagnostic.error(
              name,
              Position.NONE,
              "cannot read `" + data + "`: " + unreadable.getMessage(),
              "check that the file can be read"));
      return Optional.empty();
    }
  }

  private boolean fits(String name, Mapping mapping, long rowsRead, List<Diagnostic> diagnostics) {
    if (header.isEmpty()) {
      diagnostics.add(
          Diagnostic.error(
              name,
              Position.NONE,
              mapping.format() == Mapping.Format.CSV
                  ? "the file is empty: it has no header row"
                  : "the file is empty: it holds no JSON record",
              "export the data again; an export starts with a header row naming the columns"));
      return false;
    }
    if (mapping.format() == Mapping.Format.CSV && header.size() == 1 && columnsRead(mapping) > 1) {
      Optional<Character> likely = likelyDelimiter(header.getFirst(), mapping.delimiter());
      if (likely.isPresent()) {
        diagnostics.add(
            Diagnostic.error(
                name,
                new Position(1, 1),
                "the file looks `"
                    + shown(likely.get())
                    + "`-delimited: its header is one column, `"
                    + header.getFirst()
                    + "`, split on `"
                    + shown(mapping.delimiter())
                    + "`, while the mapping reads "
                    + columnsRead(mapping)
                    + " columns",
                "set `delimiter: \""
                    + (likely.get() == '\t' ? "\\t" : likely.get().toString())
                    + "\"` in the mapping"));
        return false;
      }
    }
    if (rowsRead == 0) {
      diagnostics.add(
          Diagnostic.error(
              name,
              new Position(1, 1),
              "the file holds a header but no data rows: there is nothing to import",
              "check that the export included its records"));
      return false;
    }
    return true;
  }

  private static long columnsRead(Mapping mapping) {
    Set<String> columns = new LinkedHashSet<>();
    mapping.dataColumns().forEach(c -> columns.add(c.name()));
    return columns.size();
  }

  /** The separator the one-column header holds most of, other than the one the mapping names. */
  private static Optional<Character> likelyDelimiter(String header, char named) {
    Map<Integer, Character> byCount = new TreeMap<>();
    for (char candidate : CANDIDATE_DELIMITERS.toCharArray()) {
      long count = header.chars().filter(c -> c == candidate).count();
      if (candidate != named && count > 0) {
        byCount.put((int) -count, candidate);
      }
    }
    return byCount.values().stream().findFirst();
  }

  private static String shown(char delimiter) {
    return delimiter == '\t' ? "\\t" : Character.toString(delimiter);
  }

  private static Diagnostic notInEncoding(
      String name, Mapping mapping, EncodingCheck.Malformed bad) {
    String encoding = mapping.encoding().name();
    return Diagnostic.error(
        name,
        new Position(Math.toIntExact(bad.line()), Math.toIntExact(bad.column())),
        "the file is not valid "
            + encoding
            + ": the byte(s) "
            + bad.bytes()
            + " at byte offset "
            + bad.offset()
            + " (line "
            + bad.line()
            + ") are no "
            + encoding
            + " character",
        "save the file as "
            + encoding
            + ", or set `encoding` in the mapping to the file's own (spreadsheet exports are often `windows-1252`)");
  }
}
