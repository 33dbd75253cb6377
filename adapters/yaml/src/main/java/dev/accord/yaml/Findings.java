package dev.accord.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * What the reader has found wrong with one file so far. The reader never stops at the first
 * problem: it notes each one here, with its place, and reads on.
 */
final class Findings {

  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<Position> placeholders = new HashSet<>();

  Findings(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void error(Position position, String message, String hint) {
    diagnostics.add(Diagnostic.error(file, position, message, hint));
  }

  void error(Node node, String message, String hint) {
    error(positionOf(node), message, hint);
  }

  /**
   * Notes a value that could not be read and that a placeholder (or nothing) stands in for, so that
   * what the core later says about the placeholder is not blamed on the file.
   */
  void replaced(Node node, String message, String hint) {
    error(node, message, hint);
    placeholders.add(positionOf(node));
  }

  /** Where values were replaced by placeholders. */
  Set<Position> placeholders() {
    return Set.copyOf(placeholders);
  }

  void error(Optional<Mark> mark, String message, String hint) {
    error(mark.map(Findings::positionOf).orElse(Position.NONE), message, hint);
  }

  List<Diagnostic> diagnostics() {
    return diagnostics.stream().sorted(Diagnostic.IN_FILE_ORDER).toList();
  }

  /** Where a node starts, counted from 1 as people do (snakeyaml counts from 0). */
  static Position positionOf(Node node) {
    return node.getStartMark().map(Findings::positionOf).orElse(Position.NONE);
  }

  static Position positionOf(Mark mark) {
    return new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }
}
