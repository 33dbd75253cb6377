package dev.accord.core.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Where in an accord a value lives, as the chain of keys and list positions that lead to it, for
 * example {@code objects[0].pipelines[1].transitions[2].to}.
 *
 * <p>The core speaks in paths rather than file positions so that it never has to know about files;
 * the adapter that read the file turns a path back into a line and a column.
 */
public record SourcePath(List<Segment> segments) {

  /** One step of a path: a mapping key or a position in a list. */
  public sealed interface Segment permits Key, Index {}

  /** A mapping key, such as {@code pipelines}. */
  public record Key(String name) implements Segment {}

  /** A position in a list, counted from zero. */
  public record Index(int position) implements Segment {}

  private static final SourcePath ROOT = new SourcePath(List.of());

  public SourcePath {
    segments = List.copyOf(segments);
  }

  /** The path of the whole document. */
  public static SourcePath root() {
    return ROOT;
  }

  /** Parses the textual form written by {@link #toString()}. */
  public static SourcePath parse(String text) {
    SourcePath path = ROOT;
    for (String part : text.split("\\.")) {
      if (part.isEmpty()) {
        continue;
      }
      int bracket = part.indexOf('[');
      String key = bracket < 0 ? part : part.substring(0, bracket);
      if (!key.isEmpty()) {
        path = path.key(key);
      }
      while (bracket >= 0) {
        int close = part.indexOf(']', bracket);
        path = path.index(Integer.parseInt(part.substring(bracket + 1, close)));
        bracket = part.indexOf('[', close);
      }
    }
    return path;
  }

  public SourcePath key(String name) {
    return append(new Key(name));
  }

  public SourcePath index(int position) {
    return append(new Index(position));
  }

  /** The path one step up, or the root itself. */
  public SourcePath parent() {
    return segments.isEmpty() ? this : new SourcePath(segments.subList(0, segments.size() - 1));
  }

  public boolean isRoot() {
    return segments.isEmpty();
  }

  private SourcePath append(Segment segment) {
    List<Segment> longer = new ArrayList<>(segments.size() + 1);
    longer.addAll(segments);
    longer.add(segment);
    return new SourcePath(longer);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Segment segment : segments) {
      switch (segment) {
        case Key key -> {
          if (!text.isEmpty()) {
            text.append('.');
          }
          text.append(key.name());
        }
        case Index index -> text.append('[').append(index.position()).append(']');
      }
    }
    return text.toString();
  }
}
