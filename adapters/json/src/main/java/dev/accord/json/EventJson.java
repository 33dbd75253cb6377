package dev.accord.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.core.event.ActivityType;
import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.event.RecordEvent.ActivityLogged;
import dev.accord.core.event.RecordEvent.DispositionRecorded;
import dev.accord.core.event.RecordEvent.FieldsChanged;
import dev.accord.core.event.RecordEvent.OwnerAssigned;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.event.RecordEvent.StageChanged;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The canonical JSON of an event: one object on one line, the form in which the generator writes
 * events, {@code accord import} reads JSON lines and the event log keeps every event it received.
 *
 * <pre>{@code
 * {"type":"stage_changed","recordId":"L-1","objectType":"lead","occurredAt":"2026-01-05T14:03:00Z",
 *  "source":"hubspot","idempotencyKey":"hs-981","actor":"maria","toStage":"sal","reasonCode":"fit"}
 * }</pre>
 *
 * <p>Instants are ISO-8601 in UTC, field maps are written with their keys sorted and an absent
 * optional value is left out, so the same event always gives the same line. Reading is strict: a
 * missing, mistyped or unknown property is an {@link EventJsonException} that names it.
 */
public final class EventJson {

  private static final Set<String> HEADER =
      Set.of("type", "recordId", "objectType", "occurredAt", "source", "idempotencyKey", "actor");
  private static final String TYPES =
      "record_created, fields_changed, stage_changed, owner_assigned, activity_logged,"
          + " disposition_recorded";
  private static final String ACTIVITIES =
      Arrays.stream(ActivityType.values())
          .map(EventJson::wireName)
          .collect(Collectors.joining(", "));

  private EventJson() {}

  /** The event as one line of JSON, without a line break. */
  public static String write(RecordEvent event) {
    ObjectNode node = Json.object();
    node.put("type", typeOf(event));
    EventHeader header = event.header();
    node.put("recordId", header.recordId());
    node.put("objectType", header.objectType());
    Json.putInstant(node, "occurredAt", header.occurredAt());
    node.put("source", header.source());
    node.put("idempotencyKey", header.idempotencyKey());
    node.put("actor", header.actor());
    switch (event) {
      case RecordCreated created -> {
        node.put("stage", created.stage());
        Json.putTextMap(node, "fields", created.fields());
        Json.putText(node, "owner", created.owner());
      }
      case FieldsChanged changed -> Json.putTextMap(node, "changes", changed.changes());
      case StageChanged moved -> {
        node.put("toStage", moved.toStage());
        Json.putText(node, "reasonCode", moved.reasonCode());
      }
      case OwnerAssigned assigned -> node.put("owner", assigned.owner());
      case ActivityLogged activity -> node.put("activity", wireName(activity.type()));
      case DispositionRecorded disposition -> {
        node.put("reasonCode", disposition.reasonCode());
        node.put("note", disposition.note());
      }
    }
    return Json.line(node);
  }

  /**
   * Reads one line written by {@link #write} or by hand in the same format. The header's {@code
   * objectType}, {@code source} and {@code actor} may be left out and then read as empty.
   *
   * @throws EventJsonException if the line is not such an event; the message names the property
   */
  public static RecordEvent read(String line) {
    JsonObject object = JsonObject.parse(line, "event");
    String type = object.text("type");
    JsonObject event = object.as(JsonObject.quoted(type) + " event");
    return switch (type) {
      case "record_created" -> {
        event.allowOnly(with("stage", "fields", "owner"));
        yield new RecordCreated(
            header(event),
            event.text("stage"),
            event.textMap("fields"),
            event.optionalText("owner"));
      }
      case "fields_changed" -> {
        event.allowOnly(with("changes"));
        yield new FieldsChanged(header(event), event.textMap("changes"));
      }
      case "stage_changed" -> {
        event.allowOnly(with("toStage", "reasonCode"));
        yield new StageChanged(
            header(event), event.text("toStage"), event.optionalText("reasonCode"));
      }
      case "owner_assigned" -> {
        event.allowOnly(with("owner"));
        yield new OwnerAssigned(header(event), event.text("owner"));
      }
      case "activity_logged" -> {
        event.allowOnly(with("activity"));
        yield new ActivityLogged(header(event), activity(event));
      }
      case "disposition_recorded" -> {
        event.allowOnly(with("reasonCode", "note"));
        yield new DispositionRecorded(
            header(event), event.text("reasonCode"), event.textOrEmpty("note"));
      }
      default ->
          throw object.problem(
              "unknown type '" + JsonObject.quoted(type) + "'; expected one of " + TYPES);
    };
  }

  /** The name of the event's type in the JSON, such as {@code stage_changed}. */
  public static String typeOf(RecordEvent event) {
    return switch (event) {
      case RecordCreated created -> "record_created";
      case FieldsChanged changed -> "fields_changed";
      case StageChanged moved -> "stage_changed";
      case OwnerAssigned assigned -> "owner_assigned";
      case ActivityLogged activity -> "activity_logged";
      case DispositionRecorded disposition -> "disposition_recorded";
    };
  }

  private static EventHeader header(JsonObject event) {
    return new EventHeader(
        event.nonBlankText("recordId"),
        event.textOrEmpty("objectType"),
        event.instant("occurredAt"),
        event.textOrEmpty("source"),
        event.nonBlankText("idempotencyKey"),
        event.textOrEmpty("actor"));
  }

  private static ActivityType activity(JsonObject event) {
    String name = event.text("activity");
    return Arrays.stream(ActivityType.values())
        .filter(type -> wireName(type).equals(name))
        .findFirst()
        .orElseThrow(() ->
            event.problem(
                "property 'activity' must be one of "
                    + ACTIVITIES
                    + ", not '"
                    + JsonObject.quoted(name)
                    + "'"));
  }

  private static String wireName(ActivityType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  private static Set<String> with(String... names) {
    return Stream.concat(HEADER.stream(), Stream.of(names)).collect(Collectors.toUnmodifiableSet());
  }
}
