package dev.accord.web;

import dev.accord.dashboard.Notice;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last form did, or why it was refused, kept for the page the visitor is sent back to:
 * shown once, then gone.
 */
final class Notices {

  private final Map<String, Notice> bySession = new ConcurrentHashMap<>();

  void leave(String sessionId, Notice notice) {
    bySession.put(sessionId, notice);
  }

  Optional<Notice> take(String sessionId) {
    return Optional.ofNullable(bySession.remove(sessionId));
  }
}
