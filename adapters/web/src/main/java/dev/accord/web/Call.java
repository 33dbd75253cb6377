package dev.accord.web;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;

/**
 * One request as a route sees it: who made it (when a credential named them), its path parameters,
 * its query read strictly, and its body.
 */
final class Call {

  private final Context ctx;
  private final Optional<Caller> caller;

  Call(Context ctx, Optional<Caller> caller) {
    this.ctx = ctx;
    this.caller = caller;
  }

  /** The caller; routes that reach here without one are webhooks, which never ask. */
  Caller caller() {
    return caller.orElseThrow(() -> new IllegalStateException("this route has no caller"));
  }

  String path(String name) {
    return ctx.pathParam(name);
  }

  /** The query, refusing any parameter the route does not take. */
  Query query(String... accepted) {
    return Query.of(ctx, Set.of(accepted));
  }

  byte[] body() {
    return ctx.bodyAsBytes();
  }

  /** The body's media type without parameters, lower case; empty when none was given. */
  String mediaType() {
    String type = ctx.contentType();
    if (type == null) {
      return "";
    }
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon))
        .strip()
        .toLowerCase(java.util.Locale.ROOT);
  }

  Optional<String> header(String name) {
    return Optional.ofNullable(ctx.header(name)).filter(value -> !value.isBlank());
  }

  String method() {
    return ctx.method().name();
  }

  /** The path as called, without the query. */
  String requestPath() {
    return ctx.path();
  }

  /** The URL as called, with the query: what HubSpot signs. */
  String fullUrl() {
    return ctx.fullUrl();
  }

  String queryString() {
    return ctx.queryString();
  }
}
