package dev.accord.yaml;

import dev.accord.core.shared.SourcePath;
import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Where each value of an accord file was written. The core reports problems by {@link SourcePath};
 * this map turns such a path back into the line and column a person can jump to.
 *
 * <p><b>The path convention.</b> A path follows the YAML document exactly as written:
 *
 * <ul>
 *   <li>a {@link SourcePath.Key} is a YAML key in the file's own snake_case spelling ({@code
 *       objects}, {@code pipelines}, {@code entry_criteria}, {@code required_in}, {@code
 *       reason_codes}, {@code formula}, {@code notify}, {@code when}, {@code territories}...), not
 *       a Java record component name;
 *   <li>a {@link SourcePath.Index} is a position in a YAML list, counted from 0.
 * </ul>
 *
 * For example the target stage of the third transition of the first pipeline of the first object is
 * {@code SourcePath.root().key("objects").index(0).key("pipelines").index(0)
 * .key("transitions").index(2).key("to")}, printed {@code
 * objects[0].pipelines[0].transitions[2].to}. A transition's {@code from} may be written as one
 * stage id or as a list: the second entry of the list is {@code ...transitions[2].from[1]}. When
 * {@code from} is a single id, {@code ...from[0]} resolves to that id, since it is the first (and
 * only) source stage.
 *
 * <p>A path resolves to the start of the <em>value</em> written at it. A path with nothing written
 * at it, such as a key left out and defaulted, resolves to its nearest ancestor that is written: a
 * missing {@code kind} of a transition points at the transition itself. The empty path resolves to
 * the start of the document.
 */
public final class SourceMap {

  private final Map<SourcePath, Position> positions;

  private SourceMap(Map<SourcePath, Position> positions) {
    this.positions = Map.copyOf(positions);
  }

  /** The map of a file that could not be read: every path resolves to no position. */
  public static SourceMap empty() {
    return new SourceMap(Map.of());
  }

  /** Records where every value of the document starts; a repeated key keeps its first value. */
  static SourceMap of(Node document) {
    Map<SourcePath, Position> positions = new HashMap<>();
    record(document, SourcePath.root(), positions);
    return new SourceMap(positions);
  }

  private static void record(Node node, SourcePath path, Map<SourcePath, Position> positions) {
    if (positions.putIfAbsent(path, Findings.positionOf(node)) != null) {
      return;
    }
    switch (node) {
      case MappingNode mapping -> {
        for (NodeTuple entry : mapping.getValue()) {
          if (entry.getKeyNode() instanceof ScalarNode key) {
            record(entry.getValueNode(), path.key(key.getValue()), positions);
          }
        }
      }
      case SequenceNode sequence -> {
        for (int i = 0; i < sequence.getValue().size(); i++) {
          record(sequence.getValue().get(i), path.index(i), positions);
        }
      }
      default -> {}
    }
  }

  /**
   * Where the value at the path was written, or else its nearest written ancestor; {@link
   * Position#NONE} only when nothing of the file could be read.
   */
  public Position positionOf(SourcePath path) {
    for (SourcePath nearest = path; ; nearest = nearest.parent()) {
      Position written = positions.get(nearest);
      if (written != null) {
        return written;
      }
      if (nearest.isRoot()) {
        return Position.NONE;
      }
    }
  }
}
