package dev.accord.yaml;

import java.io.Reader;

/**
 * Hands the YAML parser the text in chunks that never end between the two halves of a surrogate
 * pair (an emoji, say). snakeyaml-engine 2.10 reads 1,024 characters at a time and, when a chunk
 * ends on the first half of a pair, reads the second half past the end of its buffer and fails with
 * an {@link IndexOutOfBoundsException}; a chunk that ends on a whole character never takes that
 * path.
 */
public final class WholeCharacterReader extends Reader {

  private final String text;
  private int next;

  public WholeCharacterReader(String text) {
    this.text = text;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (next >= text.length()) {
      return -1;
    }
    int end = Math.min(text.length(), next + length);
    if (end - next > 1 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    text.getChars(next, end, buffer, offset);
    int read = end - next;
    next = end;
    return read;
  }

  @Override
  public void close() {
    // Nothing to release: the text is a string in memory.
  }
}
