package dev.accord.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the examples' CSV files, read with plain Java so that the tests' expected figures
 * share no code with the importers they check.
 */
final class CsvRows {

  private CsvRows() {}

  /** The data rows of a CSV file without line breaks inside values, its header left out. */
  static List<List<String>> of(Path csv) {
    try {
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      List<List<String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          rows.add(cells(line.strip()));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The header's column names. */
  static List<String> header(Path csv) {
    try (var lines = Files.lines(csv, StandardCharsets.UTF_8)) {
      return cells(lines.findFirst().orElseThrow().strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line's cells; a quoted cell may hold commas and doubled quotes. */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
