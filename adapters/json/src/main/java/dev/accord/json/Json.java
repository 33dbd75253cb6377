package dev.accord.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one JSON mapper behind Accord's line formats, set up strictly: a repeated property, or text
 * after the object, is an error rather than something silently dropped.
 */
final class Json {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The node as one line of JSON, without a line break. */
  static String line(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /** Parses a line that must hold exactly one JSON object and nothing after it. */
  static ObjectNode parseObject(String text, String what) {
    JsonNode node = parse(text, what);
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw new EventJsonException(
        what + ": expected a JSON object, found " + kindOf(node) + " instead");
  }

  /** Parses a line that must hold exactly one JSON value and nothing after it. */
  static JsonNode parse(String text, String what) {
    JsonNode node;
    try (JsonParser parser = MAPPER.createParser(text)) {
      node = MAPPER.readTree(parser);
      if (node != null && parser.nextToken() != null) {
        throw new EventJsonException(
            what
                + ": more text after the JSON object at column "
                + parser.currentTokenLocation().getColumnNr());
      }
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      throw new EventJsonException(
          what + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSON from a string failed", e);
    }
    return node;
  }

  static void putText(ObjectNode node, String name, Optional<String> value) {
    value.ifPresent(text -> node.put(name, text));
  }

  static void putInstant(ObjectNode node, String name, Instant value) {
    node.put(name, value.toString());
  }

  static void putInstant(ObjectNode node, String name, Optional<Instant> value) {
    value.ifPresent(instant -> putInstant(node, name, instant));
  }

  /** Writes a map of texts with its keys sorted, whatever order the map iterates in. */
  static void putTextMap(ObjectNode node, String name, Map<String, String> values) {
    ObjectNode map = node.putObject(name);
    new TreeMap<>(values).forEach(map::put);
  }

  static String kindOf(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "text";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " value";
    };
  }
}
