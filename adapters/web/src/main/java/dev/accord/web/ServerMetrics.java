package dev.accord.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;

/**
 * What {@code /metrics} shows, in Prometheus' text format: every request timed per method, route
 * and status ({@code http_server_requests_seconds}), the events taken in per source and outcome
 * ({@code accord_events_ingested_total}), and the JVM's memory, threads, processor and uptime.
 */
final class ServerMetrics {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  ServerMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  void request(String method, String route, int status, float milliseconds) {
    Timer.builder("http.server.requests")
        .description("HTTP requests answered, per route")
        .tag("method", method)
        .tag("route", route)
        .tag("status", Integer.toString(status))
        .register(registry)
        .record((long) (milliseconds * 1_000_000L), TimeUnit.NANOSECONDS);
  }

  /**
   * Counts events taken in.
   *
   * @param source {@code api}, {@code hubspot} or {@code salesforce}
   * @param outcome {@code accepted}, {@code flagged}, {@code rejected} or {@code duplicate}
   */
  void ingested(String source, String outcome, long count) {
    if (count > 0) {
      Counter.builder("accord.events.ingested")
          .description("Events taken in, per source and outcome")
          .tag("source", source)
          .tag("outcome", outcome)
          .register(registry)
          .increment(count);
    }
  }

  String scrape() {
    return registry.scrape();
  }

  void close() {
    registry.close();
  }
}
