package dev.accord.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A JSON object being read as one of Accord's values. It knows what it is meant to be (a
 * "stage_changed event", "stage times of mql") so that every complaint names the value and the
 * property, and it refuses properties it does not know, so a misspelt name never passes unseen.
 */
final class JsonObject {

  private static final int QUOTED_LIMIT = 60;

  private final ObjectNode node;
  private final String what;

  JsonObject(ObjectNode node, String what) {
    this.node = node;
    this.what = what;
  }

  static JsonObject parse(String text, String what) {
    return new JsonObject(Json.parseObject(text, what), what);
  }

  /** The same object, now known to be a more precise thing. */
  JsonObject as(String precisely) {
    return new JsonObject(node, precisely);
  }

  EventJsonException problem(String message) {
    return new EventJsonException(what + ": " + message);
  }

  /** Refuses any property but the given ones. */
  void allowOnly(Set<String> names) {
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      if (!names.contains(property.getKey())) {
        throw problem(
            "unknown property '"
                + quoted(property.getKey())
                + "'; expected "
                + String.join(", ", names.stream().sorted().toList()));
      }
    }
  }

  String text(String name) {
    return optionalText(name).orElseThrow(() -> problem("property '" + name + "' is missing"));
  }

  String nonBlankText(String name) {
    String text = text(name);
    if (text.isBlank()) {
      throw problem("property '" + name + "' is blank");
    }
    return text;
  }

  /** A text that may be left out, read as the empty text. */
  String textOrEmpty(String name) {
    return optionalText(name).orElse("");
  }

  /** A text that may be absent; an explicit null counts as absent. */
  Optional<String> optionalText(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw problem("property '" + name + "' must be text, not " + Json.kindOf(value));
    }
    return Optional.of(value.textValue());
  }

  Instant instant(String name) {
    return parsedInstant(name, text(name));
  }

  Optional<Instant> optionalInstant(String name) {
    return optionalText(name).map(text -> parsedInstant(name, text));
  }

  Duration duration(String name) {
    String text = text(name);
    try {
      return Duration.parse(text);
    } catch (DateTimeException e) {
      throw problem(
          "property '"
              + name
              + "' is not an ISO-8601 duration such as PT1H: '"
              + quoted(text)
              + "'");
    }
  }

  int integer(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw problem("property '" + name + "' is missing");
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw problem("property '" + name + "' must be a whole number, not " + Json.kindOf(value));
    }
    return value.intValue();
  }

  /** An object whose every value is text, such as an event's field values; sorted by key. */
  SortedMap<String, String> textMap(String name) {
    return texts(objectNode(name), name + ".");
  }

  /** This object read as a map of texts, sorted by key. */
  SortedMap<String, String> asTextMap() {
    return texts(node, "");
  }

  /** This object read as a map of whole numbers, sorted by key. */
  SortedMap<String, Integer> asIntegerMap() {
    SortedMap<String, Integer> numbers = new TreeMap<>();
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      numbers.put(property.getKey(), integer(property.getKey()));
    }
    return numbers;
  }

  /** This object read as a map of objects, each read as the thing its key names. */
  SortedMap<String, JsonObject> asObjects(String eachWhat) {
    return objectsOf(node, eachWhat);
  }

  private ObjectNode objectNode(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw problem("property '" + name + "' is missing");
    }
    if (!(value instanceof ObjectNode object)) {
      throw problem("property '" + name + "' must be an object, not " + Json.kindOf(value));
    }
    return object;
  }

  private SortedMap<String, String> texts(ObjectNode map, String path) {
    SortedMap<String, String> texts = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : map.properties()) {
      if (!entry.getValue().isTextual()) {
        throw problem(
            "property '"
                + path
                + quoted(entry.getKey())
                + "' must be text, not "
                + Json.kindOf(entry.getValue()));
      }
      texts.put(entry.getKey(), entry.getValue().textValue());
    }
    return Collections.unmodifiableSortedMap(texts);
  }

  private SortedMap<String, JsonObject> objectsOf(ObjectNode map, String eachWhat) {
    SortedMap<String, JsonObject> objects = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : map.properties()) {
      String entryWhat = eachWhat + " '" + quoted(entry.getKey()) + "'";
      if (!(entry.getValue() instanceof ObjectNode object)) {
        throw problem(entryWhat + " must be an object, not " + Json.kindOf(entry.getValue()));
      }
      objects.put(entry.getKey(), new JsonObject(object, entryWhat));
    }
    return objects;
  }

  /** A number between 0 and 1, such as a similarity. */
  double fraction(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw problem("property '" + name + "' is missing");
    }
    if (!value.isNumber() || !(value.doubleValue() >= 0 && value.doubleValue() <= 1)) {
      throw problem("property '" + name + "' must be a number from 0 to 1, not " + value);
    }
    return value.doubleValue();
  }

  /** An array of objects, each read as what {@code eachWhat} names. */
  List<JsonObject> objectList(String name, String eachWhat) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw problem("property '" + name + "' is missing");
    }
    if (!value.isArray()) {
      throw problem("property '" + name + "' must be an array, not " + Json.kindOf(value));
    }
    List<JsonObject> objects = new ArrayList<>();
    for (JsonNode element : value) {
      if (!(element instanceof ObjectNode object)) {
        throw problem(eachWhat + " must be an object, not " + Json.kindOf(element));
      }
      objects.add(new JsonObject(object, eachWhat));
    }
    return List.copyOf(objects);
  }

  boolean bool(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw problem("property '" + name + "' is missing");
    }
    if (!value.isBoolean()) {
      throw problem("property '" + name + "' must be true or false, not " + Json.kindOf(value));
    }
    return value.booleanValue();
  }

  List<Integer> integerList(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw problem("property '" + name + "' is missing");
    }
    if (!value.isArray()) {
      throw problem("property '" + name + "' must be an array, not " + Json.kindOf(value));
    }
    List<Integer> numbers = new ArrayList<>();
    for (JsonNode element : value) {
      if (!element.isIntegralNumber() || !element.canConvertToInt()) {
        throw problem(
            "property '" + name + "' must hold only whole numbers, not " + Json.kindOf(element));
      }
      numbers.add(element.intValue());
    }
    return List.copyOf(numbers);
  }

  List<String> textList(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw problem("property '" + name + "' is missing");
    }
    if (!value.isArray()) {
      throw problem("property '" + name + "' must be an array, not " + Json.kindOf(value));
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode element : value) {
      if (!element.isTextual()) {
        throw problem("property '" + name + "' must hold only text, not " + Json.kindOf(element));
      }
      texts.add(element.textValue());
    }
    return List.copyOf(texts);
  }

  private Instant parsedInstant(String name, String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      throw problem(
          "property '"
              + name
              + "' is not an ISO-8601 instant such as 2026-01-05T14:03:00Z: '"
              + quoted(text)
              + "'");
    }
  }

  /** A value quoted in a message, cut short so one huge value cannot flood a report. */
  static String quoted(String text) {
    return text.length() <= QUOTED_LIMIT ? text : text.substring(0, QUOTED_LIMIT) + "...";
  }
}
