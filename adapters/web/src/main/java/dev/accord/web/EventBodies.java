package dev.accord.web;

import dev.accord.core.event.RecordEvent;
import dev.accord.json.EventJson;
import dev.accord.json.EventJsonException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events in a request body, in the format {@code accord generate} writes and {@code accord import}
 * reads ({@link EventJson}): one event as {@code application/json}, or many, one per line, as
 * {@code application/x-ndjson}. A body with a bad event stores nothing: the problem lists every bad
 * line with its line, column (for JSON that does not parse) or JSON pointer (for an event that is
 * not one), up to {@value #MAX_ERRORS} of them.
 */
final class EventBodies {

  /** The media types of JSON lines the route takes. */
  static final Set<String> JSON_LINES =
      Set.of("application/x-ndjson", "application/jsonl", "application/jsonlines");

  /** How many events one request may carry: one store transaction. */
  static final int MAX_EVENTS = 10_000;

  static final int MAX_ERRORS = 100;

  private static final Pattern PROPERTY = Pattern.compile("property '([^']*)'");

  private EventBodies() {}

  static List<RecordEvent> read(Call call) {
    String type = call.mediaType();
    if (type.equals(Api.JSON)) {
      JsonBody.parse(call.body(), 0);
      String text = utf8(call.body(), 1);
      try {
        return List.of(EventJson.read(text));
      } catch (EventJsonException notAnEvent) {
        throw new ApiProblem.InvalidInput(
            "the body is not an event: " + notAnEvent.getMessage(),
            List.of(FieldError.atPointer(pointer(notAnEvent), notAnEvent.getMessage())));
      }
    }
    if (JSON_LINES.contains(type)) {
      return lines(utf8(call.body(), 1));
    }
    throw new ApiProblem.UnsupportedMediaType(
        "send one event as application/json or events one per line as application/x-ndjson,"
            + " not "
            + JsonBody.describe(type));
  }

  private static List<RecordEvent> lines(String text) {
    List<RecordEvent> events = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    boolean malformed = false;
    int number = 0;
    for (String line : text.split("\r?\n", -1)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      if (events.size() >= MAX_EVENTS) {
        throw new ApiProblem.PayloadTooLarge(
            "a request carries at most " + MAX_EVENTS + " events; send the rest in another");
      }
      try {
        JsonBody.parse(line.getBytes(StandardCharsets.UTF_8), number - 1);
        events.add(EventJson.read(line));
      } catch (ApiProblem.MalformedJson notJson) {
        malformed = true;
        errors.addAll(notJson.errors());
      } catch (EventJsonException notAnEvent) {
        errors.add(FieldError.atLine(number, null, pointer(notAnEvent), notAnEvent.getMessage()));
      }
      if (errors.size() >= MAX_ERRORS) {
        break;
      }
    }
    if (!errors.isEmpty()) {
      String detail =
          (errors.size() == 1
                  ? "1 line is not a valid event"
                  : errors.size() + " lines are not valid events")
              + ", the first at line "
              + errors.getFirst().line()
              + "; nothing was stored";
      throw malformed
          ? new ApiProblem.MalformedJson(detail, errors)
          : new ApiProblem.InvalidInput(detail, errors);
    }
    if (events.isEmpty()) {
      throw ApiProblem.InvalidInput.pointer("", "the body holds no events");
    }
    return events;
  }

  /** Where in the event its problem is: the property its message names. */
  static String pointer(EventJsonException problem) {
    String message = String.valueOf(problem.getMessage());
    if (message.contains("unknown type")) {
      return "/type";
    }
    Matcher property = PROPERTY.matcher(message);
    if (property.find()) {
      return "/" + property.group(1).replace("~", "~0").replace("/", "~1").replace('.', '/');
    }
    return "";
  }

  private static String utf8(byte[] body, int line) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ApiProblem.InvalidInput(
          "the body is not UTF-8",
          List.of(FieldError.atLine(line, null, null, "the body is not UTF-8")));
    }
  }
}
