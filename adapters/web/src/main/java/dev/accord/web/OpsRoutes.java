package dev.accord.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * What operators and tools read without a token: {@code /health} (is the database reachable),
 * {@code /metrics} (Prometheus) and {@code /api/v1/openapi.json} (the API document).
 */
final class OpsRoutes {

  static final String OPENAPI = "/api/v1/openapi.json";

  private final SerialStore store;
  private final ServerMetrics metrics;
  private final byte[] document;

  OpsRoutes(SerialStore store, ServerMetrics metrics) {
    this.store = store;
    this.metrics = metrics;
    this.document = openApiDocument();
  }

  /** The API document, as the resource beside this class holds it. */
  static byte[] openApiDocument() {
    try (InputStream in = OpsRoutes.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("the API document openapi.json is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void addTo(Api api) {
    api.open("/health", this::health);
    api.open(
        "/metrics",
        ctx -> {
          ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
          ctx.result(metrics.scrape());
        });
    api.open(
        OPENAPI,
        ctx -> {
          ctx.header("ETag", Api.etag(document));
          if (Api.matches(ctx.header("If-None-Match"), Api.etag(document))) {
            ctx.status(304);
            return;
          }
          ctx.contentType(Api.JSON);
          ctx.result(document);
        });
  }

  /** Whether the server can do its work. */
  record Health(String status, String database) {}

  private void health(Context ctx) {
    boolean reachable = store.use(s -> s.isReachable());
    ctx.status(reachable ? 200 : 503);
    ctx.contentType(Api.JSON);
    ctx.header("Cache-Control", "no-store");
    ctx.result(
        WebJson.bytes(
            new Health(reachable ? "up" : "down", reachable ? "reachable" : "unreachable")));
  }
}
