package dev.accord.importer;

import dev.accord.yaml.Diagnostic;
import dev.accord.yaml.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One mapping of a mapping file (the file itself, {@code snapshot}, one join) as the reader walks
 * it: unknown and repeated keys are noted on reading, and each value is read as a name with its
 * place, so that a later check can point at it. A value of the wrong shape is noted where it was
 * written and read as absent; reading goes on, so that every mistake is reported at once.
 */
final class MappingSection {

  private final Node node;
  private final String what;
  private final List<Diagnostic> diagnostics;
  private final String file;
  private final Map<String, NodeTuple> entries;

  private MappingSection(
      Node node,
      String what,
      String file,
      List<Diagnostic> diagnostics,
      Map<String, NodeTuple> entries) {
    this.node = node;
    this.what = what;
    this.file = file;
    this.diagnostics = diagnostics;
    this.entries = entries;
  }

  /** Reads a node that should be a mapping with the given keys, noting what is not. */
  static MappingSection of(
      Node node, String what, List<String> keys, String file, List<Diagnostic> diagnostics) {
    Map<String, NodeTuple> entries = new LinkedHashMap<>();
    MappingSection section = new MappingSection(node, what, file, diagnostics, entries);
    if (!(node instanceof MappingNode mapping)) {
      section.error(
          node,
          what + " should be a mapping of keys, not " + shapeOf(node),
          "write it as indented `key: value` lines");
      return section;
    }
    for (NodeTuple entry : mapping.getValue()) {
      if (!(entry.getKeyNode() instanceof ScalarNode key)) {
        section.error(
            entry.getKeyNode(),
            "a key in " + what + " is " + shapeOf(entry.getKeyNode()),
            "write keys as plain words");
      } else if (entries.containsKey(key.getValue())) {
        section.error(
            key, "duplicate key `" + key.getValue() + "` in " + what, "remove one of them");
      } else {
        entries.put(key.getValue(), entry);
        if (!keys.contains(key.getValue())) {
          section.error(
              key,
              "unknown key `" + key.getValue() + "` in " + what,
              Suggestions.didYouMean(key.getValue(), keys)
                  + "the keys here are: "
                  + String.join(", ", keys));
        }
      }
    }
    return section;
  }

  Position position() {
    return positionOf(node);
  }

  /** Where the key's value was written, or else the section itself. */
  Position position(String key) {
    return Optional.ofNullable(entries.get(key))
        .map(e -> positionOf(e.getValueNode()))
        .orElse(position());
  }

  /** The value written for the key; empty when the key is left out or has no value. */
  Optional<Node> value(String key) {
    return Optional.ofNullable(entries.get(key))
        .map(NodeTuple::getValueNode)
        .filter(v -> !isEmpty(v));
  }

  /** A single value, with its place; a list or mapping written instead is noted. */
  Optional<Ref> ref(String key) {
    return value(key).flatMap(value -> scalar(key, value));
  }

  Optional<Ref> requiredRef(String key) {
    Optional<Ref> ref = ref(key);
    if (ref.isEmpty() && value(key).isEmpty()) {
      missing(key);
    }
    return ref;
  }

  /** A list of single values; one value on its own stands for a list of one. */
  List<Ref> refs(String key) {
    Optional<Node> value = value(key);
    if (value.isEmpty()) {
      return List.of();
    }
    if (value.get() instanceof ScalarNode) {
      return scalar(key, value.get()).stream().toList();
    }
    if (!(value.get() instanceof SequenceNode sequence)) {
      error(
          value.get(),
          "`" + key + "` should be a list, not " + shapeOf(value.get()),
          "write it as `[a, b]` or as lines starting with `- `");
      return List.of();
    }
    List<Ref> refs = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      scalar(key, item).ifPresent(refs::add);
    }
    return refs;
  }

  /** A mapping of single values to single values, such as {@code columns}, in written order. */
  List<Map.Entry<Ref, Ref>> pairs(String key) {
    return value(key).map(value -> pairsOf(value, key)).orElse(List.of());
  }

  /**
   * The {@code name: value} lines of a node, such as one column's value map.
   *
   * @param label the node as messages name it, such as {@code value_maps.deal_stage}
   */
  List<Map.Entry<Ref, Ref>> pairsOf(Node value, String label) {
    if (!(value instanceof MappingNode mapping)) {
      error(
          value,
          "`" + label + "` should be a mapping of `name: value` lines, not " + shapeOf(value),
          "write one `name: value` per line under `" + label + ":`");
      return List.of();
    }
    List<Map.Entry<Ref, Ref>> pairs = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (NodeTuple entry : mapping.getValue()) {
      Optional<Ref> name = scalar(label, entry.getKeyNode());
      if (name.isEmpty()) {
        continue;
      }
      if (seen.contains(name.get().name())) {
        error(
            entry.getKeyNode(),
            "`" + name.get().name() + "` is listed twice under `" + label + "`",
            "keep one of them");
      } else if (isEmpty(entry.getValueNode())) {
        error(
            entry.getValueNode(),
            "`" + name.get().name() + "` has no value under `" + label + "`",
            "write a value after `" + name.get().name() + ":`");
      } else {
        seen.add(name.get().name());
        scalar(label, entry.getValueNode())
            .ifPresent(target -> pairs.add(Map.entry(name.get(), target)));
      }
    }
    return pairs;
  }

  /** The mapping-valued entries of a mapping, such as the per-column maps of {@code value_maps}. */
  List<Map.Entry<Ref, Node>> nested(String key) {
    Optional<Node> value = value(key);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!(value.get() instanceof MappingNode mapping)) {
      error(
          value.get(),
          "`" + key + "` should be a mapping, not " + shapeOf(value.get()),
          "write one `name:` per line under `" + key + ":`, each with its own entries");
      return List.of();
    }
    List<Map.Entry<Ref, Node>> nested = new ArrayList<>();
    for (NodeTuple entry : mapping.getValue()) {
      scalar(key, entry.getKeyNode())
          .ifPresent(name -> nested.add(Map.entry(name, entry.getValueNode())));
    }
    return nested;
  }

  /** A section nested in this one, its mistakes noted with this one's. */
  MappingSection child(Node value, String childWhat, List<String> keys) {
    return of(value, childWhat, keys, file, diagnostics);
  }

  Optional<MappingSection> section(String key, List<String> keys) {
    return value(key).map(value -> of(value, "`" + key + "`", keys, file, diagnostics));
  }

  /** The mappings of a list, such as the joins. */
  List<MappingSection> sections(String key, String itemWhat, List<String> keys) {
    Optional<Node> value = value(key);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!(value.get() instanceof SequenceNode sequence)) {
      error(
          value.get(),
          "`" + key + "` should be a list, not " + shapeOf(value.get()),
          "write each entry on its own line starting with `- `");
      return List.of();
    }
    return sequence.getValue().stream()
        .map(item -> of(item, itemWhat, keys, file, diagnostics))
        .toList();
  }

  void missing(String key) {
    error(
        position(),
        "missing required key `" + key + "` in " + what,
        "add `" + key + ":` to " + what);
  }

  void error(Node at, String message, String hint) {
    error(positionOf(at), message, hint);
  }

  void error(Position at, String message, String hint) {
    diagnostics.add(Diagnostic.error(file, at, message, hint));
  }

  private Optional<Ref> scalar(String key, Node value) {
    if (value instanceof ScalarNode scalar && !isEmpty(scalar)) {
      return Optional.of(new Ref(scalar.getValue(), positionOf(scalar)));
    }
    error(
        value,
        "`" + key + "` should hold single values, not " + shapeOf(value),
        "write one value where this is");
    return Optional.empty();
  }

  static boolean isEmpty(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  static Position positionOf(Node node) {
    return node.getStartMark()
        .map(mark -> new Position(mark.getLine() + 1, mark.getColumn() + 1))
        .orElse(Position.NONE);
  }

  static String shapeOf(Node node) {
    return switch (node) {
      case MappingNode ignored -> "a mapping";
      case SequenceNode ignored -> "a list";
      case ScalarNode scalar when isEmpty(scalar) -> "nothing";
      case ScalarNode scalar -> "the value `" + scalar.getValue() + "`";
      default -> "an unexpected node";
    };
  }
}
