package dev.accord.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** A notification as the outbox keeps it: one JSON object with every part of it. */
final class NotificationJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private NotificationJson() {}

  static String write(Notification notification) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("key", notification.key());
    node.put("recordId", notification.recordId());
    node.put("handoffId", notification.handoffId());
    node.put("subject", notification.subject());
    node.put("text", notification.text());
    var recipients = node.putArray("recipients");
    notification.recipients().forEach(recipients::add);
    return node.toString();
  }

  /**
   * Reads a notification written by {@link #write}.
   *
   * @throws IllegalStateException if the outbox holds something else: the store was written by
   *     another program
   */
  static Notification read(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      List<String> recipients = new ArrayList<>();
      node.path("recipients").forEach(recipient -> recipients.add(recipient.asText()));
      return new Notification(
          text(node, "key"),
          text(node, "recordId"),
          text(node, "handoffId"),
          text(node, "subject"),
          text(node, "text"),
          recipients);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the outbox holds a delivery that is not JSON: " + json, e);
    }
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isTextual()) {
      throw new IllegalStateException("the outbox holds a notification without '" + name + "'");
    }
    return value.textValue();
  }
}
