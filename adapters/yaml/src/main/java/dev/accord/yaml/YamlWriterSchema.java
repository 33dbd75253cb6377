package dev.accord.yaml;

import java.util.List;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * What a bare word in the file could be taken for, as the writer judges it. A text the writer would
 * leave bare but that some YAML reader takes for something else gets quoted: {@code null}, {@code
 * 1000} and {@code ~} (YAML 1.2), and also {@code yes}, {@code NO} (Norway), {@code 1_000}, {@code
 * 12:30} and {@code 2026-12-24}, which YAML 1.1 tools still in common use read as booleans, numbers
 * and dates. So a sentinel "null" or a country "NO" reads back as the text it is, whatever reads
 * it.
 */
final class YamlWriterSchema extends CoreSchema {

  private static final Tag TIMESTAMP = new Tag(Tag.PREFIX + "timestamp");

  private static final Pattern YAML_1_1_BOOL =
      Pattern.compile("y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF");

  private static final Pattern YAML_1_1_INT =
      Pattern.compile(
          "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
              + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");

  private static final Pattern YAML_1_1_FLOAT =
      Pattern.compile(
          "[-+]?[0-9][0-9_]*\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
              + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
              + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

  private static final Pattern YAML_1_1_TIMESTAMP =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}"
              + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}"
              + "(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?");

  private static final List<Lookalike> YAML_1_1 =
      List.of(
          new Lookalike(YAML_1_1_BOOL, Tag.BOOL),
          new Lookalike(YAML_1_1_INT, Tag.INT),
          new Lookalike(YAML_1_1_FLOAT, Tag.FLOAT),
          new Lookalike(YAML_1_1_TIMESTAMP, TIMESTAMP),
          // YAML 1.1's value indicator, which some readers cannot even construct.
          new Lookalike(Pattern.compile("="), new Tag(Tag.PREFIX + "value")));

  private final ScalarResolver core = new CoreScalarResolver(true);

  @Override
  public ScalarResolver getScalarResolver() {
    return this::resolve;
  }

  private Tag resolve(String value, Boolean implicit) {
    Tag tag = core.resolve(value, implicit);
    if (!implicit || !tag.equals(Tag.STR)) {
      return tag;
    }
    return YAML_1_1.stream()
        .filter(lookalike -> lookalike.pattern().matcher(value).matches())
        .map(Lookalike::tag)
        .findFirst()
        .orElse(Tag.STR);
  }

  /** Text of a given shape and the type a YAML 1.1 reader takes it for. */
  private record Lookalike(Pattern pattern, Tag tag) {}
}
