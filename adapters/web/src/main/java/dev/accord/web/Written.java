package dev.accord.web;

import java.util.Map;
import java.util.Objects;

/**
 * What a write route did: the status and document it answers with, and the line the audit log keeps
 * about it.
 *
 * @param status such as 200 or 201
 * @param body the answer's document
 * @param detail for the audit log, such as {@code assigned to maria (was revops)}
 * @param headers further headers, such as {@code Location}
 */
record Written(int status, Object body, String detail, Map<String, String> headers) {

  Written {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(detail, "detail");
    headers = Map.copyOf(headers);
  }

  static Written ok(Object body, String detail) {
    return new Written(200, body, detail, Map.of());
  }

  static Written created(Object body, String location, String detail) {
    return new Written(201, body, detail, Map.of("Location", location));
  }
}
