package dev.accord.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON request body, read strictly: text that is not JSON is an {@link ApiProblem.MalformedJson}
 * with its line and column; a missing, mistyped or unknown property is an {@link
 * ApiProblem.InvalidInput} with its JSON pointer.
 */
final class JsonBody {

  private final ObjectNode object;

  private JsonBody(ObjectNode object) {
    this.object = object;
  }

  /** The body as a JSON object that holds only the given properties. */
  static JsonBody object(Call call, Set<String> allowed) {
    if (!call.mediaType().equals(Api.JSON)) {
      throw new ApiProblem.UnsupportedMediaType(
          "send the body as application/json, not " + describe(call.mediaType()));
    }
    JsonNode node = parse(call.body(), 0);
    if (!(node instanceof ObjectNode object)) {
      throw ApiProblem.InvalidInput.pointer("", "the body must be a JSON object");
    }
    List<FieldError> unknown = new ArrayList<>();
    for (Map.Entry<String, JsonNode> property : object.properties()) {
      if (!allowed.contains(property.getKey())) {
        unknown.add(
            FieldError.atPointer(
                pointer(property.getKey()),
                "unknown property; expected " + String.join(", ", new TreeSet<>(allowed))));
      }
    }
    if (!unknown.isEmpty()) {
      throw new ApiProblem.InvalidInput("the body has unknown properties", unknown);
    }
    return new JsonBody(object);
  }

  /**
   * Parses one JSON value and nothing after it.
   *
   * @param lineOffset how many lines come before the text, for the line numbers of its errors
   */
  static JsonNode parse(byte[] text, int lineOffset) {
    try (JsonParser parser = WebJson.MAPPER.createParser(text)) {
      JsonNode node = WebJson.MAPPER.readTree(parser);
      if (node == null) {
        throw new ApiProblem.MalformedJson(
            "the body is empty",
            List.of(FieldError.atLine(lineOffset + 1, 1, null, "expected a JSON value")));
      }
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw malformed(lineOffset, at, "more text after the JSON value");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw malformed(lineOffset, e.getLocation(), e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("reading a request body failed", e);
    }
  }

  private static ApiProblem.MalformedJson malformed(
      int lineOffset, JsonLocation at, String message) {
    int line = at == null ? 1 : Math.max(1, at.getLineNr());
    int column = at == null ? 1 : Math.max(1, at.getColumnNr());
    String detail = message.lines().findFirst().orElse(message);
    return new ApiProblem.MalformedJson(
        "not valid JSON at line " + (lineOffset + line) + ", column " + column + ": " + detail,
        List.of(FieldError.atLine(lineOffset + line, column, null, detail)));
  }

  /** A text property that must be there and not blank. */
  String text(String name) {
    return optionalText(name)
        .filter(text -> !text.isBlank())
        .orElseThrow(() -> ApiProblem.InvalidInput.pointer(pointer(name), "required, as text"));
  }

  Optional<String> optionalText(String name) {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw ApiProblem.InvalidInput.pointer(pointer(name), "must be text, not " + kind(value));
    }
    return Optional.of(value.textValue());
  }

  boolean flag(String name) {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw ApiProblem.InvalidInput.pointer(
          pointer(name), "must be true or false, not " + kind(value));
    }
    return value.booleanValue();
  }

  /** The JSON pointer of a property: {@code /name}, with {@code ~} and {@code /} escaped. */
  static String pointer(String name) {
    return "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static String kind(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "text";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " value";
    };
  }

  static String describe(String mediaType) {
    return mediaType.isEmpty() ? "a body without a Content-Type" : mediaType;
  }
}
