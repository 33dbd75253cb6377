package dev.accord.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.core.scorecard.Funnel;
import dev.accord.core.scorecard.Metric;
import dev.accord.core.scorecard.Scorecard;
import dev.accord.core.scorecard.StoryLine;
import dev.accord.core.scorecard.Watermelon;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The scorecard as the JSON document tools read: {@code period}, {@code asOf}, {@code
 * accordVersion}, {@code metrics} (each with its breakdowns), {@code watermelons}, {@code story}
 * and {@code funnels}. Values are numbers, null where there was nothing to count.
 */
public final class ScorecardJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ScorecardJson() {}

  public static JsonNode of(Scorecard scorecard) {
    ObjectNode root = NODES.objectNode();
    ObjectNode period = root.putObject("period");
    period.put("from", scorecard.period().map(p -> p.from().toString()).orElse(null));
    period.put("to", scorecard.period().map(p -> p.to().toString()).orElse(null));
    root.put("asOf", scorecard.asOf().map(Object::toString).orElse(null));
    root.put("accordVersion", scorecard.accordVersion());
    ArrayNode metrics = root.putArray("metrics");
    scorecard.metrics().forEach(metric -> metrics.add(metric(metric)));
    ArrayNode watermelons = root.putArray("watermelons");
    for (Watermelon watermelon : scorecard.watermelons()) {
      ObjectNode node = watermelons.addObject();
      node.put("kind", lower(watermelon.kind().name()));
      node.put("kpi", watermelon.kpi());
      ArrayNode chain = node.putArray("chain");
      watermelon.chain().forEach(chain::add);
      node.put("explanation", watermelon.explanation());
    }
    ArrayNode story = root.putArray("story");
    for (StoryLine line : scorecard.story()) {
      story.addObject().put("topic", lower(line.topic().name())).put("text", line.text());
    }
    ArrayNode funnels = root.putArray("funnels");
    scorecard.funnels().forEach(funnel -> funnels.add(funnel(funnel)));
    return root;
  }

  /** One KPI of a scorecard as the scorecard document holds it, breakdowns and all. */
  public static ObjectNode metric(Metric metric) {
    ObjectNode node = NODES.objectNode();
    node.put("id", metric.id());
    node.put("name", metric.kpi().displayName());
    node.put("kind", lower(metric.kpi().kind().name()));
    node.put("owner", metric.kpi().owner());
    node.put("unit", metric.kpi().unit());
    number(node, "value", metric.value());
    node.put("target", metric.kpi().target().map(t -> t.value()).orElse(null));
    node.put("status", metric.status().map(s -> lower(s.name())).orElse(null));
    number(node, "previous", metric.previous());
    node.put("trend", metric.trend().map(t -> lower(t.name())).orElse(null));
    ObjectNode breakdowns = node.putObject("breakdowns");
    metric
        .breakdowns()
        .forEach((dimension, values) -> {
          ObjectNode keyed = breakdowns.putObject(dimension);
          values.forEach(keyed::put);
        });
    return node;
  }

  private static ObjectNode funnel(Funnel funnel) {
    ObjectNode node = NODES.objectNode();
    node.put("object", funnel.object());
    node.put("pipeline", funnel.pipeline());
    node.put("amountField", funnel.amountField().isEmpty() ? null : funnel.amountField());
    ArrayNode months = node.putArray("months");
    for (Funnel.Month month : funnel.months()) {
      ObjectNode m = months.addObject();
      m.put("month", month.month());
      ArrayNode stages = m.putArray("stages");
      for (Funnel.StageRow row : month.stages()) {
        ObjectNode stage = stages.addObject();
        stage.put("stage", row.stage());
        stage.put("entered", row.entered());
        stage.put("amount", row.amount());
        number(stage, "toNext", row.toNext());
      }
    }
    return node;
  }

  private static void number(ObjectNode node, String name, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(name, value.getAsDouble());
    } else {
      node.putNull(name);
    }
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
