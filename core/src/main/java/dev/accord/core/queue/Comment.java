package dev.accord.core.queue;

import dev.accord.core.shared.Values;
import java.time.Instant;
import java.util.Objects;

/** A note someone left on an exception: what they found, asked or decided. */
public record Comment(Instant at, String author, String text) {

  public Comment {
    Objects.requireNonNull(at, "at");
    author = Values.text(author);
    text = Values.text(text);
  }
}
