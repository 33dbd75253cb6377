package dev.accord.core.lifecycle;

import dev.accord.core.field.FieldChecks;
import dev.accord.core.shared.Declaration;
import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks on the lifecycle as a whole: objects, pipelines and stages each declared once (stage
 * ids across the whole accord, since a stage id alone names a stage everywhere), then every
 * object's fields and every pipeline on its own.
 */
public final class LifecycleChecks {

  private static final SourcePath OBJECTS = SourcePath.root().key("objects");

  private LifecycleChecks() {}

  /** The problems of the lifecycle, given the reason codes the accord declares. */
  public static List<Problem> check(Lifecycle lifecycle, KnownIds reasonCodes) {
    List<ObjectType> objects = lifecycle.objects();
    List<Problem> problems = new ArrayList<>();
    if (objects.isEmpty()) {
      problems.add(
          Problem.error(
              OBJECTS,
              "the accord governs no object",
              "declare at least one object, such as `lead`, with its fields and pipelines"));
    }
    problems.addAll(
        Declaration.problemsAmong("object", Declaration.of(objects, ObjectType::id, OBJECTS)));
    problems.addAll(Declaration.problemsAmong("pipeline", pipelineDeclarations(objects)));
    problems.addAll(Declaration.problemsAmong("stage", stageDeclarations(objects)));
    KnownIds allStages = lifecycle.stageIds();
    for (int o = 0; o < objects.size(); o++) {
      ObjectType object = objects.get(o);
      SourcePath at = OBJECTS.index(o);
      KnownIds ownStages = KnownIds.of("stage", object.stages().stream().map(Stage::id).toList());
      KnownIds fields = Lifecycle.fieldIds(object);
      problems.addAll(FieldChecks.check(object.fields(), at.key("fields"), ownStages, allStages));
      for (int p = 0; p < object.pipelines().size(); p++) {
        problems.addAll(
            PipelineChecks.check(
                object.pipelines().get(p),
                at.key("pipelines").index(p),
                lifecycle,
                reasonCodes,
                fields));
      }
    }
    return problems;
  }

  private static List<Declaration> pipelineDeclarations(List<ObjectType> objects) {
    List<Declaration> declarations = new ArrayList<>();
    for (int o = 0; o < objects.size(); o++) {
      declarations.addAll(
          Declaration.of(
              objects.get(o).pipelines(), Pipeline::id, OBJECTS.index(o).key("pipelines")));
    }
    return declarations;
  }

  private static List<Declaration> stageDeclarations(List<ObjectType> objects) {
    List<Declaration> declarations = new ArrayList<>();
    for (int o = 0; o < objects.size(); o++) {
      List<Pipeline> pipelines = objects.get(o).pipelines();
      for (int p = 0; p < pipelines.size(); p++) {
        SourcePath stages = OBJECTS.index(o).key("pipelines").index(p).key("stages");
        declarations.addAll(Declaration.of(pipelines.get(p).stages(), Stage::id, stages));
      }
    }
    return declarations;
  }
}
