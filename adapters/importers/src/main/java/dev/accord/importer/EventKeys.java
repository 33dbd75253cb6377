package dev.accord.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Idempotency keys drawn from an event's content alone — source, record, kind, instant and what it
 * says — so that importing the same file twice, or resuming an import, gives every event the key it
 * had before, and the store keeps it once. The key is the first 128 bits of a SHA-256, in hex.
 */
final class EventKeys {

  private static final char SEPARATOR = '\u001f';

  private final MessageDigest digest;
  private final String source;

  EventKeys(String source) {
    this.source = source;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("every Java runtime has SHA-256", missing);
    }
  }

  String of(String recordId, String kind, Instant occurredAt, String content) {
    String text =
        source
            + SEPARATOR
            + recordId
            + SEPARATOR
            + kind
            + SEPARATOR
            + occurredAt
            + SEPARATOR
            + content;
    byte[] hash = digest.digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 16);
  }
}
