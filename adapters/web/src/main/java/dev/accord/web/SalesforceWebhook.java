package dev.accord.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.core.accord.Accord;
import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.storage.Delivery;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Salesforce's outbound notifications of changed records, as JSON: {@code {"notifications": [{"id":
 * ..., "sObject": {"type": "Lead", "Id": ..., "Status": ..., "OwnerId": ..., "LastModifiedDate":
 * ..., ...}}]}}, each carrying the record as it now is. A delivery is signed with {@code
 * X-Accord-Signature: sha256=<hex>}, the HMAC-SHA256 under the shared secret of {@code
 * X-Accord-Timestamp} (epoch seconds), a dot and the body; one stamped more than five minutes from
 * now is refused.
 *
 * <p>Each notification is one delivery, under its {@code id}. A record Accord does not hold yet is
 * created, in the stage its stage property names (or its object's first stage), with its fields and
 * owner; for one it holds, what differs from the stored state becomes events: the fields changed,
 * then the owner, then the stage ({@link CrmMapping#SALESFORCE}).
 */
final class SalesforceWebhook {

  static final String SIGNATURE = "X-Accord-Signature";
  static final String TIMESTAMP = "X-Accord-Timestamp";

  private static final DateTimeFormatter SALESFORCE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]XX");

  private final String secret;
  private final Clock clock;
  private final Accord accord;
  private final CrmMapping mapping = CrmMapping.SALESFORCE;

  SalesforceWebhook(String secret, Clock clock, Accord accord) {
    this.secret = secret;
    this.clock = clock;
    this.accord = accord;
  }

  void verify(Call call) {
    String signature =
        call.header(SIGNATURE)
            .orElseThrow(() -> new ApiProblem.BadSignature("the header is missing", SIGNATURE));
    String timestamp =
        call.header(TIMESTAMP)
            .orElseThrow(() -> new ApiProblem.BadSignature("the header is missing", TIMESTAMP))
            .strip();
    long seconds;
    try {
      seconds = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      throw new ApiProblem.BadSignature(
          "must be seconds since the epoch, not `" + timestamp + "`", TIMESTAMP);
    }
    Signatures.fresh(Instant.ofEpochSecond(seconds), clock.instant(), TIMESTAMP);
    String written = signature.strip();
    if (!written.startsWith("sha256=")) {
      throw new ApiProblem.BadSignature("must read sha256=<hex>", SIGNATURE);
    }
    byte[] given;
    try {
      given =
          HexFormat.of()
              .parseHex(written.substring("sha256=".length()).toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApiProblem.BadSignature("the signature is not hexadecimal", SIGNATURE);
    }
    byte[] expected =
        Signatures.hmacSha256(
            secret, Signatures.concat(Signatures.utf8(timestamp + "."), call.body()));
    if (!Signatures.same(expected, given)) {
      throw new ApiProblem.BadSignature("the signature does not match the delivery", SIGNATURE);
    }
  }

  /** What the record was, as far as the deliveries of this request have brought it. */
  private record Known(String stage, Optional<String> owner, Map<String, String> fields) {}

  /**
   * The deliveries of the body, each with the events it says against what the store holds.
   *
   * @param stored the stored state of a record
   */
  List<Delivery> read(Call call, Function<String, Optional<RecordState>> stored) {
    if (!call.mediaType().equals(Api.JSON)) {
      throw new ApiProblem.UnsupportedMediaType(
          "send the notifications as application/json, not " + JsonBody.describe(call.mediaType()));
    }
    JsonNode body = JsonBody.parse(call.body(), 0);
    JsonNode notifications = body.get("notifications");
    if (!body.isObject() || notifications == null || !notifications.isArray()) {
      throw ApiProblem.InvalidInput.pointer("/notifications", "required, as an array");
    }
    Map<String, Optional<Known>> known = new HashMap<>();
    List<Delivery> deliveries = new ArrayList<>();
    for (int i = 0; i < notifications.size(); i++) {
      String at = "/notifications/" + i;
      JsonNode notification = notifications.get(i);
      String id = text(notification, "id", at);
      JsonNode record = notification.get("sObject");
      if (record == null || !record.isObject()) {
        throw ApiProblem.InvalidInput.pointer(at + "/sObject", "required, as an object");
      }
      deliveries.add(new Delivery(id, events(id, record, at + "/sObject", known, stored)));
    }
    return deliveries;
  }

  private List<RecordEvent> events(
      String notification,
      JsonNode record,
      String at,
      Map<String, Optional<Known>> known,
      Function<String, Optional<RecordState>> stored) {
    String crmObject = text(record, "type", at);
    Optional<ObjectType> object = mapping.object(accord, crmObject);
    if (object.isEmpty()) {
      return List.of();
    }
    String recordId = text(record, "Id", at);
    Instant modified = instant(record, "LastModifiedDate", at);
    String stageProperty = mapping.stageProperties().get(crmObject);
    Optional<String> stage =
        Optional.ofNullable(stageProperty)
            .map(record::get)
            .filter(JsonNode::isTextual)
            .map(JsonNode::asText)
            .filter(text -> !text.isBlank())
            .map(mapping::stage);
    Optional<String> owner =
        Optional.ofNullable(record.get(mapping.ownerProperty()))
            .filter(JsonNode::isTextual)
            .map(JsonNode::asText)
            .filter(text -> !text.isBlank());
    SortedMap<String, String> fields = new TreeMap<>();
    for (Map.Entry<String, JsonNode> property : record.properties()) {
      String name = property.getKey();
      if (mapping.skipped().contains(name)
          || name.equals(stageProperty)
          || name.equals(mapping.ownerProperty())
          || property.getValue().isContainerNode()) {
        continue;
      }
      fields.put(
          mapping.field(name), property.getValue().isNull() ? "" : property.getValue().asText());
    }
    Optional<Known> before =
        known.computeIfAbsent(
            recordId, id -> stored.apply(id).map(s -> new Known(s.stage(), s.owner(), s.fields())));
    String key = mapping.source() + ":" + notification + ":";
    List<RecordEvent> events = new ArrayList<>();
    if (before.isEmpty()) {
      Optional<String> first = stage.or(() -> CrmMapping.firstStage(object.get()));
      if (first.isEmpty()) {
        return List.of();
      }
      Instant created = record.has("CreatedDate") ? instant(record, "CreatedDate", at) : modified;
      fields.values().removeIf(String::isEmpty);
      events.add(
          new RecordEvent.RecordCreated(
              header(recordId, object.get(), created, key + "created"),
              first.get(),
              fields,
              owner));
      known.put(recordId, Optional.of(new Known(first.get(), owner, fields)));
      return events;
    }
    Known was = before.get();
    Map<String, String> changes = new TreeMap<>();
    fields.forEach((field, value) -> {
      if (!value.equals(was.fields().getOrDefault(field, ""))) {
        changes.put(field, value);
      }
    });
    if (!changes.isEmpty()) {
      events.add(
          new RecordEvent.FieldsChanged(
              header(recordId, object.get(), modified, key + "fields"), changes));
    }
    if (owner.isPresent() && !owner.equals(was.owner())) {
      events.add(
          new RecordEvent.OwnerAssigned(
              header(recordId, object.get(), modified, key + "owner"), owner.get()));
    }
    if (stage.isPresent() && !stage.get().equals(was.stage())) {
      events.add(
          new RecordEvent.StageChanged(
              header(recordId, object.get(), modified, key + "stage"),
              stage.get(),
              Optional.empty()));
    }
    Map<String, String> now = new TreeMap<>(was.fields());
    now.putAll(changes);
    known.put(
        recordId, Optional.of(new Known(stage.orElse(was.stage()), owner.or(was::owner), now)));
    return events;
  }

  private EventHeader header(String recordId, ObjectType object, Instant at, String key) {
    return new EventHeader(recordId, object.id(), at, mapping.source(), key, mapping.source());
  }

  private static String text(JsonNode node, String name, String at) {
    JsonNode value = node == null ? null : node.get(name);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw ApiProblem.InvalidInput.pointer(at + JsonBody.pointer(name), "required, as text");
    }
    return value.asText().strip();
  }

  private static Instant instant(JsonNode node, String name, String at) {
    String text = text(node, name, at);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException notIso) {
      try {
        return OffsetDateTime.parse(text, SALESFORCE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        throw ApiProblem.InvalidInput.pointer(
            at + JsonBody.pointer(name),
            "must be a date and time such as 2026-01-05T14:03:00.000+0000, not `" + text + "`");
      }
    }
  }
}
