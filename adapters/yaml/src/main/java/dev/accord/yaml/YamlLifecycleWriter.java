package dev.accord.yaml;

import static dev.accord.yaml.YamlWriterScalars.word;

import dev.accord.core.field.Condition;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.lifecycle.Guardrails;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.ReasonCode;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import java.util.Map;

/**
 * Writes the lifecycle part of an accord file: reason codes, guardrails, and the objects with their
 * fields, pipelines, stages and transitions; also the field conditions that stages, routing rules
 * and KPIs share.
 */
final class YamlLifecycleWriter {

  private YamlLifecycleWriter() {}

  static Map<String, Object> reasonCode(ReasonCode reasonCode) {
    return new YamlWriterMapping()
        .put("id", reasonCode.id())
        .putUnlessEmpty("label", reasonCode.label())
        .toMap();
  }

  static Map<String, Object> guardrails(Guardrails guardrails) {
    return new YamlWriterMapping()
        .put("transition_allowed", word(guardrails.transitionAllowed()))
        .put("required_fields", word(guardrails.requiredFields()))
        .put("reason_code", word(guardrails.reasonCode()))
        .put("event_order", word(guardrails.eventOrder()))
        .put("reorder_window", YamlWriterScalars.duration(guardrails.reorderWindow()))
        .toMap();
  }

  static Map<String, Object> object(ObjectType object) {
    return new YamlWriterMapping()
        .put("id", object.id())
        .put("name", object.name())
        .putEachUnlessEmpty("fields", object.fields(), YamlLifecycleWriter::field)
        .putEach("pipelines", object.pipelines(), YamlLifecycleWriter::pipeline)
        .toMap();
  }

  /**
   * A condition with its operand as the operator takes it: {@code value} for one value, {@code
   * values} for a list, nothing for {@code present} and {@code absent}.
   */
  static Map<String, Object> condition(Condition condition) {
    YamlWriterMapping mapping =
        new YamlWriterMapping()
            .put("field", condition.field())
            .put("op", word(condition.operator()));
    boolean oneValue = condition.values().size() == 1 && !condition.operator().takesValueList();
    return (oneValue
            ? mapping.put("value", condition.values().getFirst())
            : mapping.putUnlessEmpty("values", condition.values()))
        .toMap();
  }

  private static Map<String, Object> field(FieldDefinition field) {
    return new YamlWriterMapping()
        .put("id", field.id())
        .putUnlessEmpty("label", field.label())
        .put("type", word(field.type()))
        .putUnlessEmpty("values", field.values())
        .putUnlessEmpty("sentinels", field.sentinels())
        .putUnlessEmpty("required_in", field.requiredIn())
        .toMap();
  }

  private static Map<String, Object> pipeline(Pipeline pipeline) {
    return new YamlWriterMapping()
        .put("id", pipeline.id())
        .put("name", pipeline.name())
        .putEach("stages", pipeline.stages(), YamlLifecycleWriter::stage)
        .putEach("transitions", pipeline.transitions(), YamlLifecycleWriter::transition)
        .toMap();
  }

  private static Map<String, Object> stage(Stage stage) {
    return new YamlWriterMapping()
        .put("id", stage.id())
        .put("name", stage.name())
        .put("definition", stage.definition())
        .putIf(stage.entry(), "entry", true)
        .putIf(stage.terminal(), "terminal", true)
        .putEachUnlessEmpty("entry_criteria", stage.entryCriteria(), YamlLifecycleWriter::condition)
        .toMap();
  }

  /** A transition from one stage names it bare ({@code from: lead}), from several as a list. */
  private static Map<String, Object> transition(Transition transition) {
    Object from = transition.from().size() == 1 ? transition.from().getFirst() : transition.from();
    return new YamlWriterMapping()
        .put("from", from)
        .put("to", transition.to())
        .put("kind", word(transition.kind()))
        .putUnlessEmpty("reason_codes", transition.reasonCodes())
        .toMap();
  }
}
