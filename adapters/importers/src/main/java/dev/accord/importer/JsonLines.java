package dev.accord.importer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of a JSON lines file: one JSON object per line, read by Jackson. A nested field is named
 * by its path with dots ({@code properties.email}); an array is kept as its JSON text, and {@code
 * null} reads as empty. Blank lines are skipped. Since JSON records need not all have the same
 * fields, the "header" is every field named in the first {@link #HEADER_SAMPLE} records.
 *
 * <p>A line longer than {@link #MAX_LINE_CHARS} is not parsed: it is skipped to its end and
 * quarantined, so that one runaway line cannot exhaust memory.
 */
final class JsonLines implements RowSource {

  static final int HEADER_SAMPLE = 100;
  static final int MAX_LINE_CHARS = 16 * 1_048_576;

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          // An amount of 12.50 stays 12.50, as the export wrote it.
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private final Lines lines;
  private final List<String> header;
  private long number;

  private JsonLines(Lines lines, List<String> header) {
    this.lines = lines;
    this.header = header;
  }

  static JsonLines open(Path file, Charset encoding) throws IOException {
    Set<String> columns = new LinkedHashSet<>();
    try (Lines sample = new Lines(TextInput.open(file, encoding))) {
      for (int seen = 0; seen < HEADER_SAMPLE; ) {
        Optional<Lines.Line> line = sample.next();
        if (line.isEmpty()) {
          break;
        }
        if (!line.get().text().isBlank()) {
          seen++;
          object(line.get().text()).ifPresent(values -> columns.addAll(values.keySet()));
        }
      }
    }
    return new JsonLines(new Lines(TextInput.open(file, encoding)), List.copyOf(columns));
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public Optional<SourceRow> next() {
    Optional<Lines.Line> next;
    try {
      do {
        next = lines.next();
      } while (next.isPresent() && next.get().text().isBlank() && !next.get().cut());
    } catch (UncheckedIOException broken) {
      throw new ImportException(
          "the file could no longer be read after record " + number + ": " + broken.getMessage(),
          broken);
    }
    if (next.isEmpty()) {
      return Optional.empty();
    }
    number++;
    return Optional.of(row(next.get()));
  }

  private SourceRow row(Lines.Line line) {
    if (line.cut()) {
      return defective(line, "", "the line holds more than " + MAX_LINE_CHARS + " characters");
    }
    Map<String, String> values;
    try {
      JsonNode node = JSON.readTree(line.text());
      if (node == null || !node.isObject()) {
        return defective(line, "", "the line is not a JSON object");
      }
      values = flatten(node);
    } catch (JacksonException notJson) {
      return defective(line, "", "the line is not JSON: " + notJson.getOriginalMessage());
    }
    for (Map.Entry<String, String> value : values.entrySet()) {
      if (value.getValue().length() > MAX_FIELD_CHARS) {
        return defective(
            line,
            value.getKey(),
            "the field holds "
                + value.getValue().length()
                + " characters, more than the "
                + MAX_FIELD_CHARS
                + " (1 MiB) a field may have");
      }
    }
    return new SourceRow.Fields(
        number, line.number(), column -> values.getOrDefault(column, ""), line::text);
  }

  private SourceRow.Defective defective(Lines.Line line, String column, String reason) {
    return new SourceRow.Defective(
        number,
        line.number(),
        column,
        reason + " (line " + line.number() + ")",
        line.text(),
        false);
  }

  /** The fields of a JSON object, by dotted path; empty when the text is no object. */
  private static Optional<Map<String, String>> object(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      return node != null && node.isObject() ? Optional.of(flatten(node)) : Optional.empty();
    } catch (JacksonException notJson) {
      return Optional.empty();
    }
  }

  private static Map<String, String> flatten(JsonNode object) {
    Map<String, String> values = new HashMap<>();
    flatten("", object, values);
    return values;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        flatten(prefix + field.getKey() + ".", field.getValue(), values);
      }
      return;
    }
    String name = prefix.substring(0, prefix.length() - 1);
    if (node.isNull()) {
      values.put(name, "");
    } else if (node.isValueNode()) {
      values.put(name, node.asText());
    } else {
      values.put(name, node.toString());
    }
  }

  @Override
  public void close() {
    lines.close();
  }

  /** Lines of text, each cut at {@link #MAX_LINE_CHARS} with the rest skipped. */
  private static final class Lines implements AutoCloseable {

    record Line(String text, long number, boolean cut) {}

    private final Reader reader;
    private final char[] buffer = new char[65_536];
    private int position;
    private int limit;
    private long lineNumber;

    Lines(Reader reader) {
      this.reader = reader;
    }

    Optional<Line> next() {
      StringBuilder text = new StringBuilder();
      boolean cut = false;
      boolean any = false;
      while (true) {
        if (position == limit && !fill()) {
          if (!any) {
            return Optional.empty();
          }
          break;
        }
        any = true;
        char c = buffer[position++];
        if (c == '\n') {
          break;
        }
        if (text.length() < MAX_LINE_CHARS) {
          text.append(c);
        } else {
          cut = true;
        }
      }
      lineNumber++;
      int end = text.length();
      if (end > 0 && text.charAt(end - 1) == '\r') {
        text.setLength(end - 1);
      }
      return Optional.of(new Line(text.toString(), lineNumber, cut));
    }

    private boolean fill() {
      try {
        limit = reader.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return false;
        }
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
