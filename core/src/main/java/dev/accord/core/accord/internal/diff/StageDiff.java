package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.STAGE;
import static dev.accord.core.accord.internal.Wording.named;

import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.field.Condition;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.Stage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stages of one pipeline: which came and went, their order, names, definitions, entry criteria,
 * and whether records may start or end in them.
 */
final class StageDiff {

  private final ChangeList changes = new ChangeList();
  private final String pipeline;
  private final StageRenames renames;

  private StageDiff(String pipeline, StageRenames renames) {
    this.pipeline = pipeline;
    this.renames = renames;
  }

  static List<AccordChange> between(Pipeline before, Pipeline after, StageRenames renames) {
    StageDiff diff = new StageDiff(after.id(), renames);
    Counterparts.reordering(before.stages(), after.stages(), Stage::id)
        .ifPresent(order ->
            diff.changes
                .about(STAGE, "pipeline " + after.id())
                .changed(
                    String.join(", ", order.before()),
                    String.join(", ", order.after()),
                    "The stages of pipeline `"
                        + after.id()
                        + "` now come in the order "
                        + String.join(", ", order.after())
                        + " (were "
                        + String.join(", ", order.before())
                        + ")."));
    Counterparts.walk(
        before.stages(),
        after.stages(),
        Stage::id,
        diff::removed,
        stage -> diff.added(stage, after),
        diff::kept);
    return diff.changes.toList();
  }

  private void removed(Stage stage) {
    changes
        .about(STAGE, "stage " + stage.id())
        .removed(
            stage.displayName(),
            "Stage "
                + named(stage.id(), stage.name())
                + " was removed from pipeline `"
                + pipeline
                + "`.");
  }

  private void added(Stage stage, Pipeline after) {
    int position = after.stages().indexOf(stage);
    String place =
        position == 0
            ? ", as its first stage"
            : ", after `" + after.stages().get(position - 1).id() + "`";
    changes
        .about(STAGE, "stage " + stage.id())
        .added(
            stage.displayName(),
            "Stage "
                + named(stage.id(), stage.name())
                + " was added to pipeline `"
                + pipeline
                + "`"
                + place
                + ".");
  }

  private void kept(Stage before, Stage after) {
    String thing = "Stage `" + after.id() + "`";
    ChangeList.Subject stage = changes.about(STAGE, "stage " + after.id());
    renames
        .formerId(after.id())
        .ifPresent(formerId -> stage.reidentified(formerId, after.id(), "Stage"));
    stage.ifRenamed(before.name(), after.name(), thing);
    stage.ifChanged(
        before.definition(),
        after.definition(),
        Wording::shortText,
        (was, now) ->
            after.definition().isBlank()
                ? thing + " no longer has a definition."
                : "The definition of stage `"
                    + after.id()
                    + "` is now: \""
                    + after.definition().strip()
                    + "\"");
    stage.ifChanged(
        before.entry(),
        after.entry(),
        entry -> entry ? "entry" : "not an entry",
        (was, now) ->
            after.entry()
                ? "Records may now start in stage `" + after.id() + "`."
                : "Records may no longer start in stage `" + after.id() + "`.");
    stage.ifChanged(
        before.terminal(),
        after.terminal(),
        terminal -> terminal ? "terminal" : "not terminal",
        (was, now) ->
            after.terminal()
                ? thing + " now ends the pipeline."
                : thing + " no longer ends the pipeline.");
    entryCriteria(before, after);
  }

  /**
   * Pairs the criteria by the field they test, so that a raised threshold reads as one criterion
   * changed rather than one removed and one added.
   */
  private void entryCriteria(Stage before, Stage after) {
    String entering = "Records entering stage `" + after.id() + "`";
    Counterparts.walk(
        keyed(before.entryCriteria()),
        keyed(after.entryCriteria()),
        KeyedCondition::key,
        gone ->
            criterion(after, gone)
                .removed(gone.words(), entering + " no longer need to meet " + gone.words() + "."),
        fresh ->
            criterion(after, fresh)
                .added(fresh.words(), entering + " must now meet " + fresh.words() + "."),
        (was, now) ->
            criterion(after, now)
                .ifChanged(
                    was.condition(),
                    now.condition(),
                    Wording::condition,
                    (old, current) ->
                        entering + " must now meet " + current + " (was " + old + ")."));
  }

  private ChangeList.Subject criterion(Stage stage, KeyedCondition condition) {
    return changes.about(
        STAGE, "stage " + stage.id() + " entry criterion on " + condition.condition().field());
  }

  private static List<KeyedCondition> keyed(List<Condition> conditions) {
    Map<String, Integer> seen = new HashMap<>();
    return conditions.stream()
        .map(c -> new KeyedCondition(c.field() + "#" + seen.merge(c.field(), 1, Integer::sum), c))
        .toList();
  }

  /** A criterion with the field it tests and how many criteria on that field came before it. */
  private record KeyedCondition(String key, Condition condition) {
    String words() {
      return Wording.condition(condition);
    }
  }
}
