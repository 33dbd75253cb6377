package dev.accord.yaml;

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
 * One mapping of an accord file (the file itself, a stage, a handoff...) as the reader walks it.
 *
 * <p>On reading it checks its keys against the ones this kind of mapping has, noting unknown and
 * repeated keys. Each value is then read with a {@link ValueFormat}; a value of the wrong shape or
 * format is noted where it was written and replaced by a fallback, so that one mistake never hides
 * the next. A key written with no value ({@code name:}) counts as left out.
 */
final class YamlMapping {

  private final Node node;
  private final String what;
  private final Findings findings;
  private final Map<String, NodeTuple> entries;

  /**
   * Whether the mapping was written as one. A mapping that is missing or of the wrong shape has
   * been reported already; its own keys are not reported missing on top.
   */
  private final boolean written;

  private YamlMapping(
      Node node, String what, Findings findings, Map<String, NodeTuple> entries, boolean written) {
    this.node = node;
    this.what = what;
    this.findings = findings;
    this.entries = entries;
    this.written = written;
  }

  /**
   * Reads a node that should be a mapping with the given keys.
   *
   * @param what the mapping as messages name it, such as "this stage" or "`guardrails`"
   */
  static YamlMapping of(Node node, String what, List<String> keys, Findings findings) {
    Map<String, NodeTuple> entries = new LinkedHashMap<>();
    if (node instanceof MappingNode mapping) {
      for (NodeTuple entry : mapping.getValue()) {
        Node keyNode = entry.getKeyNode();
        if (!(keyNode instanceof ScalarNode key)) {
          findings.error(
              keyNode,
              "a key in " + what + " is " + shapeOf(keyNode) + ", not a word",
              "write keys as plain words, such as `id:`");
        } else if (entries.containsKey(key.getValue())) {
          Position first = Findings.positionOf(entries.get(key.getValue()).getKeyNode());
          findings.error(
              key,
              "duplicate key `" + key.getValue() + "` in " + what,
              "remove one of them; the first is at line "
                  + first.line()
                  + ", column "
                  + first.column());
        } else {
          entries.put(key.getValue(), entry);
          if (!keys.contains(key.getValue())) {
            findings.error(
                key,
                "unknown key `" + key.getValue() + "` in " + what,
                Suggestion.didYouMean(key.getValue(), keys)
                    + "the keys here are: "
                    + String.join(", ", keys));
          }
        }
      }
    } else if (isEmpty(node)) {
      findings.error(node, what + " is empty", "fill it in with `key: value` lines, or remove it");
    } else {
      findings.error(
          node,
          what + " should be a mapping of keys, not " + shapeOf(node),
          "write it as indented `key: value` lines");
    }
    return new YamlMapping(node, what, findings, entries, node instanceof MappingNode);
  }

  boolean has(String key) {
    return value(key).isPresent();
  }

  /** The key itself as written, to point at a key that does not belong. */
  Optional<Node> keyNode(String key) {
    return Optional.ofNullable(entries.get(key)).map(NodeTuple::getKeyNode);
  }

  /** The value written for the key; empty when the key is left out or has no value. */
  Optional<Node> value(String key) {
    return Optional.ofNullable(entries.get(key))
        .map(NodeTuple::getValueNode)
        .filter(value -> !isEmpty(value));
  }

  <T> Optional<T> optional(String key, ValueFormat<T> format) {
    return value(key).flatMap(value -> scalar(key, value, format));
  }

  <T> T get(String key, ValueFormat<T> format, T fallback) {
    return optional(key, format).orElse(fallback);
  }

  /** A value the mapping cannot do without; empty, and noted, when it is missing or bad. */
  <T> Optional<T> require(String key, ValueFormat<T> format) {
    expect(key);
    return optional(key, format);
  }

  /** A value the mapping cannot do without; the placeholder stands in when it is missing or bad. */
  <T> T required(String key, ValueFormat<T> format, T placeholder) {
    return require(key, format).orElse(placeholder);
  }

  /** A list of values; a single value stands for a list of one, but is noted as a mistake. */
  <T> List<T> list(String key, ValueFormat<T> format, List<T> fallback) {
    return value(key).map(value -> items(key, value, format, false)).orElse(fallback);
  }

  <T> List<T> list(String key, ValueFormat<T> format) {
    return list(key, format, List.of());
  }

  <T> List<T> requiredList(String key, ValueFormat<T> format) {
    expect(key);
    return list(key, format);
  }

  /** One value or a list of them, as a transition's {@code from} may be written. */
  <T> List<T> requiredOneOrMany(String key, ValueFormat<T> format) {
    expect(key);
    return value(key).map(value -> items(key, value, format, true)).orElse(List.of());
  }

  Optional<YamlMapping> mapping(String key, List<String> keys) {
    return value(key).map(value -> of(value, "`" + key + "`", keys, findings));
  }

  YamlMapping requiredMapping(String key, List<String> keys) {
    expect(key);
    return mapping(key, keys)
        .orElseGet(() -> new YamlMapping(node, "`" + key + "`", findings, Map.of(), false));
  }

  /**
   * The mappings of a list, such as the stages of a pipeline.
   *
   * @param itemWhat one entry as messages name it, such as "this stage"
   */
  List<YamlMapping> mappings(String key, String itemWhat, List<String> keys) {
    return value(key).map(value -> sequence(key, value)).orElse(List.of()).stream()
        .map(item -> of(item, itemWhat, keys, findings))
        .toList();
  }

  List<YamlMapping> requiredMappings(String key, String itemWhat, List<String> keys) {
    expect(key);
    return mappings(key, itemWhat, keys);
  }

  /** Notes a key that this mapping has but should not, given its other keys. */
  void reportMisplaced(String key, String message, String hint) {
    keyNode(key).ifPresent(keyNode -> findings.error(keyNode, message, hint));
  }

  /** Notes a problem with the mapping as a whole, pointing at its start. */
  void report(String message, String hint) {
    findings.error(node, message, hint);
  }

  /** Notes a key the mapping must have but lacks, or has with no value. */
  private void expect(String key) {
    if (!has(key)) {
      reportMissing(key);
    }
  }

  private void reportMissing(String key) {
    if (!written) {
      return;
    }
    Optional<NodeTuple> entry = Optional.ofNullable(entries.get(key));
    if (entry.isPresent()) {
      findings.replaced(
          entry.get().getValueNode(),
          "`" + key + "` has no value in " + what,
          "write a value after `" + key + ":`");
    } else {
      findings.replaced(
          node, "missing required key `" + key + "` in " + what, "add `" + key + ":` to " + what);
    }
  }

  private <T> Optional<T> scalar(String key, Node value, ValueFormat<T> format) {
    if (!(value instanceof ScalarNode scalar)) {
      findings.replaced(
          value,
          "`" + key + "` should be a single value, not " + shapeOf(value),
          "write one value on the same line as `" + key + ":`");
      return Optional.empty();
    }
    return switch (format.read(scalar.getValue())) {
      case ValueFormat.Reading.Valid<T> valid -> Optional.of(valid.value());
      case ValueFormat.Reading.Invalid<T> invalid -> {
        findings.replaced(scalar, "`" + key + "`: " + invalid.problem(), invalid.hint());
        yield Optional.empty();
      }
    };
  }

  private <T> List<T> items(String key, Node value, ValueFormat<T> format, boolean oneAllowed) {
    if (value instanceof ScalarNode single) {
      if (!oneAllowed) {
        findings.error(
            single,
            "`" + key + "` should be a list, not a single value",
            "write a list, such as `" + key + ": [" + single.getValue() + "]`");
      }
      return scalar(key, single, format).stream().toList();
    }
    List<T> items = new ArrayList<>();
    for (Node item : sequence(key, value)) {
      scalar(key, item, format).ifPresent(items::add);
    }
    return items;
  }

  private List<Node> sequence(String key, Node value) {
    if (value instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    findings.replaced(
        value,
        "`" + key + "` should be a list, not " + shapeOf(value),
        "write each entry on its own line starting with `- `, or as `[a, b]`");
    return List.of();
  }

  /** A node written as nothing at all: {@code key:} with no value, {@code ~} or {@code null}. */
  static boolean isEmpty(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  /** How a node was written, for messages: "a list", "a mapping", "the value `x`". */
  static String shapeOf(Node node) {
    return switch (node) {
      case MappingNode ignored -> "a mapping";
      case SequenceNode ignored -> "a list";
      case ScalarNode scalar -> "a single value (`" + scalar.getValue() + "`)";
      default -> "an unexpected node";
    };
  }
}
