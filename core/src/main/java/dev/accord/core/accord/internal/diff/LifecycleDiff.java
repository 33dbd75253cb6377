package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.STAGE;
import static dev.accord.core.accord.internal.Wording.named;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.Stage;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The objects of the accord and their pipelines. An object or pipeline that comes or goes is one
 * change; for those both versions have, the fields, stages and transitions are compared in turn.
 */
public final class LifecycleDiff {

  private final ChangeList changes = new ChangeList();
  private final StageRenames renames;

  private LifecycleDiff(StageRenames renames) {
    this.renames = renames;
  }

  /**
   * Compares the lifecycles; {@code before} already speaks the new ids of the renamed stages, which
   * {@code renames} knows.
   */
  public static List<AccordChange> between(Accord before, Accord after, StageRenames renames) {
    LifecycleDiff diff = new LifecycleDiff(renames);
    Counterparts.walk(
        before.objects(), after.objects(), ObjectType::id, diff::removed, diff::added, diff::kept);
    return diff.changes.toList();
  }

  private void removed(ObjectType object) {
    changes
        .about(STAGE, "object " + object.id())
        .removed(
            Wording.nameOr(object.name(), object.id()),
            "Object " + named(object.id(), object.name()) + " was removed, with its pipelines.");
  }

  private void added(ObjectType object) {
    changes
        .about(STAGE, "object " + object.id())
        .added(
            Wording.nameOr(object.name(), object.id()),
            "Object " + named(object.id(), object.name()) + " was added.");
  }

  private void kept(ObjectType before, ObjectType after) {
    changes
        .about(STAGE, "object " + after.id())
        .ifRenamed(before.name(), after.name(), "Object `" + after.id() + "`");
    changes.addAll(FieldDiff.between(before, after));
    String object = " object `" + after.id() + "`";
    Counterparts.walk(
        before.pipelines(),
        after.pipelines(),
        Pipeline::id,
        gone ->
            changes
                .about(STAGE, "pipeline " + gone.id())
                .removed(
                    Wording.nameOr(gone.name(), gone.id()),
                    "Pipeline "
                        + named(gone.id(), gone.name())
                        + " was removed from"
                        + object
                        + ", with its stages "
                        + stageIds(gone)
                        + "."),
        fresh ->
            changes
                .about(STAGE, "pipeline " + fresh.id())
                .added(
                    Wording.nameOr(fresh.name(), fresh.id()),
                    "Pipeline "
                        + named(fresh.id(), fresh.name())
                        + " was added to"
                        + object
                        + ", with the stages "
                        + stageIds(fresh)
                        + "."),
        (was, now) -> {
          changes
              .about(STAGE, "pipeline " + now.id())
              .ifRenamed(was.name(), now.name(), "Pipeline `" + now.id() + "`");
          changes.addAll(StageDiff.between(was, now, renames));
          changes.addAll(TransitionDiff.between(was, now));
        });
  }

  private static String stageIds(Pipeline pipeline) {
    return pipeline.stages().stream().map(Stage::id).collect(Collectors.joining(", "));
  }
}
