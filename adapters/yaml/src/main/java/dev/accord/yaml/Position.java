package dev.accord.yaml;

/**
 * A place in an accord file, as people count it: line and column from 1. The position {@link #NONE}
 * (0, 0) stands for "nowhere in particular", as for a file that does not exist.
 */
public record Position(int line, int column) {

  public static final Position NONE = new Position(0, 0);

  public Position {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("a position is never negative: " + line + ":" + column);
    }
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
