package dev.accord.cli;

import dev.accord.yaml.DefaultAccord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Accord files for CLI tests, derived from the default so they stay realistic. */
final class AccordFiles {

  private AccordFiles() {}

  static Path write(Path folder, String name, String text) {
    try {
      return Files.writeString(folder.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The default accord with one piece of text replaced; fails when the piece is not there. */
  static String defaultWith(String original, String replacement) {
    String text = DefaultAccord.text();
    if (!text.contains(original)) {
      throw new IllegalArgumentException("the default accord has no `" + original + "`");
    }
    return text.replaceFirst(java.util.regex.Pattern.quote(original), replacement);
  }

  /** The 1-based line and column where a piece of text first starts in the default accord. */
  static String positionInDefault(String piece) {
    String text = DefaultAccord.text();
    int offset = text.indexOf(piece);
    if (offset < 0) {
      throw new IllegalArgumentException("the default accord has no `" + piece + "`");
    }
    int line = 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
    int column = offset - text.lastIndexOf('\n', offset - 1);
    return line + ":" + column;
  }
}
