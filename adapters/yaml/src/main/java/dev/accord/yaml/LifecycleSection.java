package dev.accord.yaml;

import static dev.accord.yaml.ValueFormats.FLAG;
import static dev.accord.yaml.ValueFormats.TEXT;
import static dev.accord.yaml.ValueFormats.choice;

import dev.accord.core.field.FieldDefinition;
import dev.accord.core.field.FieldType;
import dev.accord.core.lifecycle.Enforcement;
import dev.accord.core.lifecycle.Guardrails;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.ReasonCode;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.lifecycle.TransitionKind;
import java.util.List;

/**
 * Reads the lifecycle part of an accord file: the reason codes, the guardrails, and the objects
 * with their fields, pipelines, stages and transitions.
 */
final class LifecycleSection {

  private static final List<String> REASON_CODE = List.of("id", "label");
  private static final List<String> GUARDRAILS =
      List.of(
          "transition_allowed", "required_fields", "reason_code", "event_order", "reorder_window");
  private static final List<String> OBJECT = List.of("id", "name", "fields", "pipelines");
  private static final List<String> FIELD =
      List.of("id", "label", "type", "values", "sentinels", "required_in");
  private static final List<String> PIPELINE = List.of("id", "name", "stages", "transitions");
  private static final List<String> STAGE =
      List.of("id", "name", "definition", "entry", "terminal", "entry_criteria");
  private static final List<String> TRANSITION = List.of("from", "to", "kind", "reason_codes");

  private static final ValueFormat<Enforcement> ENFORCEMENT =
      choice(Enforcement.class, "enforcement");

  private LifecycleSection() {}

  static List<ReasonCode> reasonCodes(YamlMapping accord) {
    return accord.mappings("reason_codes", "this reason code", REASON_CODE).stream()
        .map(code -> new ReasonCode(code.required("id", TEXT, ""), code.get("label", TEXT, "")))
        .toList();
  }

  static Guardrails guardrails(YamlMapping accord) {
    Guardrails defaults = Guardrails.defaults();
    return accord
        .mapping("guardrails", GUARDRAILS)
        .map(guardrails ->
            new Guardrails(
                guardrails.get("transition_allowed", ENFORCEMENT, defaults.transitionAllowed()),
                guardrails.get("required_fields", ENFORCEMENT, defaults.requiredFields()),
                guardrails.get("reason_code", ENFORCEMENT, defaults.reasonCode()),
                guardrails.get("event_order", ENFORCEMENT, defaults.eventOrder()),
                guardrails.get(
                    "reorder_window", TimeFormats.CLOCK_DURATION, defaults.reorderWindow())))
        .orElse(defaults);
  }

  static List<ObjectType> objects(YamlMapping accord) {
    return accord.requiredMappings("objects", "this object", OBJECT).stream()
        .map(LifecycleSection::object)
        .toList();
  }

  private static ObjectType object(YamlMapping object) {
    return new ObjectType(
        object.required("id", TEXT, ""),
        object.get("name", TEXT, ""),
        object.mappings("fields", "this field", FIELD).stream()
            .map(LifecycleSection::field)
            .toList(),
        object.requiredMappings("pipelines", "this pipeline", PIPELINE).stream()
            .map(LifecycleSection::pipeline)
            .toList());
  }

  private static FieldDefinition field(YamlMapping field) {
    return new FieldDefinition(
        field.required("id", TEXT, ""),
        field.get("label", TEXT, ""),
        field.required("type", choice(FieldType.class, "field type"), FieldType.STRING),
        field.list("values", TEXT),
        field.list("sentinels", TEXT),
        field.list("required_in", TEXT));
  }

  private static Pipeline pipeline(YamlMapping pipeline) {
    return new Pipeline(
        pipeline.required("id", TEXT, ""),
        pipeline.get("name", TEXT, ""),
        pipeline.requiredMappings("stages", "this stage", STAGE).stream()
            .map(LifecycleSection::stage)
            .toList(),
        pipeline.mappings("transitions", "this transition", TRANSITION).stream()
            .map(LifecycleSection::transition)
            .toList());
  }

  private static Stage stage(YamlMapping stage) {
    return new Stage(
        stage.required("id", TEXT, ""),
        stage.get("name", TEXT, ""),
        stage.get("definition", TEXT, ""),
        ConditionSection.conditions(stage, "entry_criteria"),
        stage.get("entry", FLAG, false),
        stage.get("terminal", FLAG, false));
  }

  private static Transition transition(YamlMapping transition) {
    return new Transition(
        transition.requiredOneOrMany("from", TEXT),
        transition.required("to", TEXT, ""),
        transition.get(
            "kind", choice(TransitionKind.class, "transition kind"), TransitionKind.FORWARD),
        transition.list("reason_codes", TEXT));
  }
}
