package dev.accord.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Events as the API takes them: lines of the canonical JSON, written out in tests. */
final class Events {

  private Events() {}

  static String created(String recordId, String key, String at, String stage) {
    return "{\"type\":\"record_created\",\"recordId\":\""
        + recordId
        + "\",\"objectType\":\"lead\",\"occurredAt\":\""
        + at
        + "\",\"source\":\"test\",\"idempotencyKey\":\""
        + key
        + "\",\"stage\":\""
        + stage
        + "\",\"fields\":{\"email\":\""
        + recordId.toLowerCase(java.util.Locale.ROOT)
        + "@example.org\"}}";
  }

  static String moved(String recordId, String key, String at, String stage) {
    return "{\"type\":\"stage_changed\",\"recordId\":\""
        + recordId
        + "\",\"occurredAt\":\""
        + at
        + "\",\"source\":\"test\",\"idempotencyKey\":\""
        + key
        + "\",\"toStage\":\""
        + stage
        + "\"}";
  }

  static String lines(String... events) {
    return Arrays.stream(events).collect(Collectors.joining("\n", "", "\n"));
  }
}
