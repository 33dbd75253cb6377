package dev.accord.core.accord;

import dev.accord.core.accord.internal.Wording;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.lifecycle.TransitionKind;
import dev.accord.core.sla.Handoff;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The stage graph of an accord as a Mermaid flowchart, to paste into any Markdown that renders
 * Mermaid: one box per pipeline, a node per stage (rounded where records start, a circle where they
 * end), a solid arrow per forward move and a dashed one per move back or out, and on each handoff's
 * arrow the SLA the receiving team has agreed to.
 */
public final class MermaidDiagram {

  /** Words Mermaid reads as syntax, which cannot be node ids. */
  private static final Set<String> RESERVED =
      Set.of(
          "end",
          "graph",
          "flowchart",
          "subgraph",
          "direction",
          "style",
          "classdef",
          "class",
          "click",
          "linkstyle",
          "default",
          "call",
          "href");

  private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private MermaidDiagram() {}

  /** The diagram, ending in a line break. */
  public static String of(Accord accord) {
    StringBuilder diagram = new StringBuilder("flowchart LR\n");
    for (ObjectType object : accord.objects()) {
      for (Pipeline pipeline : object.pipelines()) {
        pipeline(accord, object, pipeline, diagram);
      }
    }
    return diagram.toString();
  }

  private static void pipeline(
      Accord accord, ObjectType object, Pipeline pipeline, StringBuilder diagram) {
    String title =
        (object.name().isBlank() ? object.id() : object.name())
            + ": "
            + (pipeline.name().isBlank() ? pipeline.id() : pipeline.name());
    diagram
        .append("  subgraph ")
        .append(node("pipeline_" + object.id() + "_" + pipeline.id()))
        .append('[')
        .append(quoted(title))
        .append("]\n");
    for (Stage stage : pipeline.stages()) {
      diagram.append("    ").append(node(stage.id())).append(shape(stage)).append('\n');
    }
    for (Transition transition : pipeline.transitions()) {
      for (String from : transition.from()) {
        diagram.append("    ").append(edge(accord, transition, from)).append('\n');
      }
    }
    diagram.append("  end\n");
  }

  private static String shape(Stage stage) {
    String label = quoted(stage.displayName());
    if (stage.terminal()) {
      return "((" + label + "))";
    }
    return stage.entry() ? "([" + label + "])" : "[" + label + "]";
  }

  private static String edge(Accord accord, Transition transition, String from) {
    TransitionKind kind = transition.kind();
    List<String> label = new ArrayList<>();
    if (kind != TransitionKind.FORWARD) {
      label.add(Wording.key(kind));
    }
    for (Handoff handoff : accord.handoffs()) {
      if (handoff.from().equals(from) && handoff.to().equals(transition.to())) {
        label.add(handoff.id() + ": " + handoff.sla());
      }
    }
    String arrow = kind == TransitionKind.FORWARD ? " -->" : " -.->";
    String text = label.isEmpty() ? " " : "|" + quoted(String.join(", ", label)) + "| ";
    return node(from) + arrow + text + node(transition.to());
  }

  /** An id Mermaid can read as a node id; one it would misread as syntax gets a prefix. */
  private static String node(String id) {
    String plain = id.replaceAll("[^A-Za-z0-9_]", "_");
    boolean readable =
        PLAIN_ID.matcher(plain).matches() && !RESERVED.contains(plain.toLowerCase(Locale.ROOT));
    return readable ? plain : "stage_" + plain;
  }

  /**
   * Text in double quotes, with the characters that would end it, start an entity code or open an
   * HTML tag written as entity codes themselves.
   */
  private static String quoted(String text) {
    String escaped =
        text.replace("#", "#35;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    return "\"" + escaped.replaceAll("\\s+", " ").strip() + "\"";
  }
}
