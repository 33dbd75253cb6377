package dev.accord.dashboard;

import java.util.Objects;

/**
 * A message at the top of a page, such as what the last form did or why it was refused.
 *
 * @param kind whether it reports a success or a refusal
 * @param text the message
 */
public record Notice(Kind kind, String text) {

  /** What the message reports. */
  public enum Kind {
    DONE,
    REFUSED
  }

  public Notice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  public static Notice done(String text) {
    return new Notice(Kind.DONE, text);
  }

  public static Notice refused(String text) {
    return new Notice(Kind.REFUSED, text);
  }
}
