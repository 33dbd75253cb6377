package dev.accord.core.accord.internal.explain;

import java.util.Locale;

/**
 * A plain-text page being written: indented lines under section headings, with exactly one blank
 * line between blocks however the sections ask for them.
 */
public final class Text {

  private static final int STEP = 2;

  private final StringBuilder page = new StringBuilder();
  private boolean gap;

  /** Starts a section: a blank line, then the title in capitals, then a blank line. */
  public Text heading(String title) {
    blank();
    line(0, title.toUpperCase(Locale.ROOT));
    return blank();
  }

  /** A line indented by {@code depth} steps; lines of the text after a line break align. */
  public Text line(int depth, String line) {
    if (gap && !page.isEmpty()) {
      page.append('\n');
    }
    gap = false;
    String indent = " ".repeat(depth * STEP);
    for (String part : line.strip().split("\\R")) {
      page.append(indent).append(part.strip()).append('\n');
    }
    return this;
  }

  /** Asks for a blank line before whatever comes next; asking twice still gives one. */
  public Text blank() {
    gap = true;
    return this;
  }

  @Override
  public String toString() {
    return page.toString();
  }
}
