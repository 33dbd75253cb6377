package dev.accord.yaml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/**
 * Turns the writer's maps, lists and values into YAML nodes in the accord file's own style: numbers
 * and dates bare, lists of plain values on one line ({@code [mql, sal]}), lists of mappings as
 * blocks, text of several lines as a literal block.
 */
final class YamlWriterRepresenter extends StandardRepresenter {

  /**
   * Text a literal block cannot carry: a block turns these line breaks into plain newlines, and the
   * emitter writes text of nothing but newlines as a block no reader accepts.
   */
  private static final Pattern UNFIT_FOR_A_BLOCK =
      Pattern.compile("[\\r\\u0085\\u2028\\u2029]|\\A\\n+\\z");

  YamlWriterRepresenter(DumpSettings settings) {
    super(settings);
    representers.put(String.class, data -> text((String) data));
    // The exact digits, never an exponent, so the reader's BigDecimal has the same scale.
    representers.put(BigDecimal.class, data -> bare(((BigDecimal) data).toPlainString()));
    representers.put(LocalDate.class, data -> bare(data.toString()));
    parentClassRepresenters.put(List.class, data -> sequence((List<?>) data));
  }

  private Node text(String text) {
    return UNFIT_FOR_A_BLOCK.matcher(text).find()
        ? representScalar(Tag.STR, text, ScalarStyle.DOUBLE_QUOTED)
        : new RepresentString().representData(text);
  }

  /** A scalar tagged as what its text resolves to, so the emitter writes it without quotes. */
  private Node bare(String text) {
    return representScalar(settings.getSchema().getScalarResolver().resolve(text, true), text);
  }

  private Node sequence(List<?> items) {
    boolean flat = items.stream().noneMatch(item -> item instanceof Map || item instanceof List);
    return representSequence(Tag.SEQ, items, flat ? FlowStyle.FLOW : FlowStyle.BLOCK);
  }
}
