package dev.accord.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's log: one JSON line per request (when, method, path, route, status, milliseconds,
 * who) and one per internal error, handed to a sink, by default an SLF4J logger.
 */
final class RequestLog {

  /** The SLF4J logger the lines go to by default. */
  static final String LOGGER = "dev.accord.web.requests";

  private final Consumer<String> sink;

  RequestLog(Consumer<String> sink) {
    this.sink = sink;
  }

  static Consumer<String> slf4j() {
    Logger logger = LoggerFactory.getLogger(LOGGER);
    return logger::info;
  }

  void request(
      Instant at, String method, String path, String route, int status, float ms, String user) {
    ObjectNode line = WebJson.object();
    line.put("at", at.toString());
    line.put("method", method);
    line.put("path", path);
    line.put("route", route);
    line.put("status", status);
    line.put("ms", Math.round(ms * 10) / 10.0);
    line.put("user", user);
    sink.accept(WebJson.line(line));
  }

  void error(Instant at, String method, String path, Throwable error) {
    ObjectNode line = WebJson.object();
    line.put("at", at.toString());
    line.put("level", "error");
    line.put("method", method);
    line.put("path", path);
    line.put("error", error.getClass().getName());
    line.put("message", String.valueOf(error.getMessage()));
    sink.accept(WebJson.line(line));
  }
}
