package dev.accord.core.accord.internal.explain;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.lifecycle.Guardrails;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.ReasonCode;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.lifecycle.TransitionKind;
import java.util.List;

/**
 * The lifecycle as people read it: for each object and pipeline the stages in order with what they
 * mean and what it takes to enter them, then the allowed moves grouped by why they happen, the
 * reason codes, and how strictly it is all enforced.
 */
public final class LifecycleSection {

  private LifecycleSection() {}

  public static void write(Accord accord, Text text) {
    text.heading("Lifecycle");
    for (ObjectType object : accord.objects()) {
      text.blank().line(0, "Object: " + title(object.id(), object.name()));
      for (Pipeline pipeline : object.pipelines()) {
        text.blank().line(1, "Pipeline: " + title(pipeline.id(), pipeline.name()));
        stages(object, pipeline, text);
        transitions(pipeline, text);
      }
    }
    reasonCodes(accord.reasonCodes(), text);
    guardrails(accord.guardrails(), text);
  }

  /** A name followed by its id in parentheses, or the id alone when there is no name. */
  static String title(String id, String name) {
    return name.isBlank() || name.equals(id) ? id : name + " (" + id + ")";
  }

  private static void stages(ObjectType object, Pipeline pipeline, Text text) {
    text.blank().line(2, "Stages, in order:");
    for (Stage stage : pipeline.stages()) {
      String marks = (stage.entry() ? " [entry]" : "") + (stage.terminal() ? " [terminal]" : "");
      text.line(3, "- " + title(stage.id(), stage.name()) + marks);
      if (!stage.definition().isBlank()) {
        text.line(4, stage.definition());
      }
      if (!stage.entryCriteria().isEmpty()) {
        text.line(4, "Entry criteria: " + Wording.conditions(stage.entryCriteria()));
      }
      List<String> required =
          object.fields().stream()
              .filter(field -> field.isRequiredIn(stage.id()))
              .map(FieldDefinition::id)
              .toList();
      if (!required.isEmpty()) {
        text.line(4, "Required fields: " + Wording.list(required));
      }
    }
  }

  private static void transitions(Pipeline pipeline, Text text) {
    for (TransitionKind kind : TransitionKind.values()) {
      List<Transition> paths =
          pipeline.transitions().stream().filter(t -> t.kind() == kind).toList();
      if (paths.isEmpty()) {
        continue;
      }
      String group = Wording.words(kind);
      text.blank().line(2, Character.toUpperCase(group.charAt(0)) + group.substring(1) + " paths:");
      for (Transition transition : paths) {
        String reasons =
            transition.requiresReason()
                ? " (reason code required: " + Wording.list(transition.reasonCodes()) + ")"
                : "";
        text.line(3, String.join(", ", transition.from()) + " -> " + transition.to() + reasons);
      }
    }
  }

  private static void reasonCodes(List<ReasonCode> codes, Text text) {
    if (codes.isEmpty()) {
      return;
    }
    text.blank().line(0, "Reason codes:");
    codes.forEach(
        code -> text.line(1, code.id() + (code.label().isBlank() ? "" : ": " + code.label())));
  }

  private static void guardrails(Guardrails guardrails, Text text) {
    text.blank()
        .line(0, "Guardrails:")
        .line(1, "a move no transition allows: " + Wording.key(guardrails.transitionAllowed()))
        .line(
            1,
            "entering a stage without its required fields: "
                + Wording.key(guardrails.requiredFields()))
        .line(1, "a move without its required reason code: " + Wording.key(guardrails.reasonCode()))
        .line(
            1,
            "an event out of order beyond the "
                + Wording.duration(guardrails.reorderWindow())
                + " reorder window: "
                + Wording.key(guardrails.eventOrder()));
  }
}
