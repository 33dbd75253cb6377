package dev.accord.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures of webhook deliveries, compared in constant time, and the window a
 * delivery's timestamp must fall in for it to be no replay.
 */
final class Signatures {

  /** How far a delivery's timestamp may lie from now, either way. */
  static final Duration WINDOW = Duration.ofMinutes(5);

  private Signatures() {}

  static byte[] hmacSha256(String secret, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(message);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java platform provides HmacSHA256", e);
    }
  }

  /** Whether the two are the same, in a time that does not depend on where they differ. */
  static boolean same(byte[] expected, byte[] given) {
    return MessageDigest.isEqual(expected, given);
  }

  static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Refuses a delivery stamped outside the window around now. */
  static void fresh(Instant stamped, Instant now, String header) {
    if (Duration.between(stamped, now).abs().compareTo(WINDOW) > 0) {
      throw new ApiProblem.BadSignature(
          "the delivery is stamped "
              + stamped
              + ", more than "
              + WINDOW.toMinutes()
              + " minutes from now ("
              + now
              + "): refused as a possible replay",
          header);
    }
  }
}
