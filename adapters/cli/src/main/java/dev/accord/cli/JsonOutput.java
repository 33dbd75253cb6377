package dev.accord.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Writes the {@code --json} form of a command's answer: stable, one document, times as ISO-8601
 * text and absent values as null.
 */
final class JsonOutput {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

  private JsonOutput() {}

  /** The document, pretty-printed. */
  static void print(PrintWriter out, Object document) {
    try {
      out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  /**
   * A member of a sealed family on one line, led by its {@code type} (the record's name in snake
   * case), so that a reader can tell the kinds apart.
   */
  static String typedLine(Record value) {
    com.fasterxml.jackson.databind.node.ObjectNode line = MAPPER.createObjectNode();
    line.put("type", snakeCase(value.getClass().getSimpleName()));
    line.setAll((com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.valueToTree(value));
    return line.toString();
  }

  private static String snakeCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
