package dev.accord.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.accord.core.accord.Accord;
import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.storage.Delivery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HubSpot's webhook: an array of notifications ({@code objectId}, {@code subscriptionType} such as
 * {@code contact.propertyChange}, {@code propertyName}, {@code propertyValue}, {@code occurredAt}
 * in epoch milliseconds, {@code eventId}), signed the v3 way: {@code X-HubSpot-Signature-v3} is the
 * base64 of the HMAC-SHA256, under the app's client secret, of the method, the URL as called, the
 * body and {@code X-HubSpot-Request-Timestamp} (epoch milliseconds), and a delivery stamped more
 * than five minutes from now is refused.
 *
 * <p>Each notification is one delivery, under its {@code eventId}: a {@code .creation} creates the
 * record in its object's first stage, a change of the stage property moves it, a change of {@code
 * hubspot_owner_id} assigns it, and any other change of a property changes that field ({@link
 * CrmMapping#HUBSPOT}). Other notifications (deletions, merges, associations) are ignored.
 */
final class HubSpotWebhook {

  static final String SIGNATURE = "X-HubSpot-Signature-v3";
  static final String TIMESTAMP = "X-HubSpot-Request-Timestamp";

  private final String secret;
  private final Clock clock;
  private final Optional<String> publicUrl;
  private final Accord accord;
  private final CrmMapping mapping = CrmMapping.HUBSPOT;

  HubSpotWebhook(String secret, Clock clock, Optional<String> publicUrl, Accord accord) {
    this.secret = secret;
    this.clock = clock;
    this.publicUrl = publicUrl;
    this.accord = accord;
  }

  /** Refuses a delivery whose signature is missing, wrong or too old. */
  void verify(Call call) {
    String signature =
        call.header(SIGNATURE)
            .orElseThrow(() -> new ApiProblem.BadSignature("the header is missing", SIGNATURE));
    String timestamp =
        call.header(TIMESTAMP)
            .orElseThrow(() -> new ApiProblem.BadSignature("the header is missing", TIMESTAMP));
    long millis;
    try {
      millis = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      throw new ApiProblem.BadSignature(
          "must be milliseconds since the epoch, not `" + timestamp + "`", TIMESTAMP);
    }
    Signatures.fresh(Instant.ofEpochMilli(millis), clock.instant(), TIMESTAMP);
    byte[] expected =
        Signatures.hmacSha256(
            secret,
            Signatures.concat(
                Signatures.utf8(call.method() + uri(call)),
                call.body(),
                Signatures.utf8(timestamp.strip())));
    byte[] given;
    try {
      given = Base64.getDecoder().decode(signature.strip());
    } catch (IllegalArgumentException e) {
      throw new ApiProblem.BadSignature("the signature is not base64", SIGNATURE);
    }
    if (!Signatures.same(expected, given)) {
      throw new ApiProblem.BadSignature("the signature does not match the delivery", SIGNATURE);
    }
  }

  /** The URL as HubSpot called it: behind a proxy, the public URL the settings give. */
  private String uri(Call call) {
    if (publicUrl.isEmpty()) {
      return call.fullUrl();
    }
    String query = call.queryString();
    return publicUrl.get() + call.requestPath() + (query == null ? "" : "?" + query);
  }

  /** The deliveries of the body, each with the events it says; ignored ones have none. */
  List<Delivery> read(Call call) {
    if (!call.mediaType().equals(Api.JSON)) {
      throw new ApiProblem.UnsupportedMediaType(
          "HubSpot sends application/json, not " + JsonBody.describe(call.mediaType()));
    }
    JsonNode body = JsonBody.parse(call.body(), 0);
    if (!(body instanceof ArrayNode notifications)) {
      throw ApiProblem.InvalidInput.pointer("", "must be an array of notifications");
    }
    List<Delivery> deliveries = new ArrayList<>();
    for (int i = 0; i < notifications.size(); i++) {
      deliveries.add(delivery(notifications.get(i), "/" + i));
    }
    return deliveries;
  }

  private Delivery delivery(JsonNode notification, String at) {
    if (!notification.isObject()) {
      throw ApiProblem.InvalidInput.pointer(at, "must be a notification object");
    }
    String eventId = scalar(notification, "eventId", at);
    String objectId = scalar(notification, "objectId", at);
    String subscription = scalar(notification, "subscriptionType", at);
    Instant occurredAt = Instant.ofEpochMilli(millis(notification, "occurredAt", at));
    int dot = subscription.indexOf('.');
    String crmObject = dot < 0 ? subscription : subscription.substring(0, dot);
    String change = dot < 0 ? "" : subscription.substring(dot + 1);
    Optional<ObjectType> object = mapping.object(accord, crmObject);
    if (object.isEmpty()) {
      return new Delivery(eventId, List.of());
    }
    EventHeader header =
        new EventHeader(
            objectId,
            object.get().id(),
            occurredAt,
            mapping.source(),
            mapping.source() + ":" + eventId,
            mapping.source());
    return new Delivery(eventId, events(header, object.get(), crmObject, change, notification, at));
  }

  private List<RecordEvent> events(
      EventHeader header,
      ObjectType object,
      String crmObject,
      String change,
      JsonNode notification,
      String at) {
    switch (change) {
      case "creation" -> {
        return CrmMapping.firstStage(object)
            .<List<RecordEvent>>map(stage ->
                List.of(new RecordEvent.RecordCreated(header, stage, Map.of(), Optional.empty())))
            .orElse(List.of());
      }
      case "propertyChange" -> {
        String property = scalar(notification, "propertyName", at);
        JsonNode raw = notification.get("propertyValue");
        String value = raw == null || raw.isNull() ? "" : raw.asText();
        if (property.equals(mapping.stageProperties().get(crmObject))) {
          return value.isBlank()
              ? List.of()
              : List.of(
                  new RecordEvent.StageChanged(header, mapping.stage(value), Optional.empty()));
        }
        if (property.equals(mapping.ownerProperty())) {
          return value.isBlank()
              ? List.of()
              : List.of(new RecordEvent.OwnerAssigned(header, value));
        }
        return List.of(
            new RecordEvent.FieldsChanged(header, Map.of(mapping.field(property), value)));
      }
      default -> {
        return List.of();
      }
    }
  }

  private static String scalar(JsonNode notification, String name, String at) {
    JsonNode value = notification.get(name);
    if (value == null || value.isNull() || !(value.isTextual() || value.isIntegralNumber())) {
      throw ApiProblem.InvalidInput.pointer(
          at + JsonBody.pointer(name),
          value == null || value.isNull()
              ? "required"
              : "must be text or a whole number, not " + JsonBody.kind(value));
    }
    String text = value.asText().strip();
    if (text.isEmpty()) {
      throw ApiProblem.InvalidInput.pointer(at + JsonBody.pointer(name), "must not be blank");
    }
    return text;
  }

  private static long millis(JsonNode notification, String name, String at) {
    JsonNode value = notification.get(name);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
      throw ApiProblem.InvalidInput.pointer(
          at + JsonBody.pointer(name), "required, as milliseconds since the epoch");
    }
    return value.longValue();
  }
}
