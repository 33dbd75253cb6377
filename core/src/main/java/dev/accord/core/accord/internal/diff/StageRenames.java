package dev.accord.core.accord.internal.diff;

import dev.accord.core.accord.Accord;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * The stages that kept their meaning under a new id. A stage that left a pipeline while another
 * joined the same pipeline with the same name or the same definition is one stage renamed, not one
 * removed and one added; once the old accord speaks the new ids, its transitions, required fields,
 * handoffs and KPIs compare as they should, and the rename is the only change reported.
 */
public final class StageRenames {

  private final Map<String, String> newIdByOldId;

  private StageRenames(Map<String, String> newIdByOldId) {
    this.newIdByOldId = Map.copyOf(newIdByOldId);
  }

  public static StageRenames between(Accord before, Accord after) {
    Set<String> oldIds = before.stages().stream().map(Stage::id).collect(Collectors.toSet());
    Set<String> newIds = after.stages().stream().map(Stage::id).collect(Collectors.toSet());
    Map<String, String> renames = new LinkedHashMap<>();
    for (ObjectType object : before.objects()) {
      for (Pipeline pipeline : object.pipelines()) {
        after.object(object.id()).stream()
            .flatMap(counterpart -> counterpart.pipelines().stream())
            .filter(counterpart -> counterpart.id().equals(pipeline.id()))
            .findFirst()
            .ifPresent(counterpart -> match(pipeline, counterpart, oldIds, newIds, renames));
      }
    }
    return new StageRenames(renames);
  }

  private static void match(
      Pipeline before,
      Pipeline after,
      Set<String> oldIds,
      Set<String> newIds,
      Map<String, String> renames) {
    List<Stage> joined =
        new ArrayList<>(after.stages().stream().filter(s -> !oldIds.contains(s.id())).toList());
    for (Stage left : before.stages()) {
      if (newIds.contains(left.id())) {
        continue;
      }
      find(joined, left, StageRenames::sameName)
          .or(() -> find(joined, left, StageRenames::sameDefinition))
          .ifPresent(stage -> {
            renames.put(left.id(), stage.id());
            joined.remove(stage);
          });
    }
  }

  private static Optional<Stage> find(
      List<Stage> candidates, Stage left, BiPredicate<Stage, Stage> alike) {
    return candidates.stream().filter(candidate -> alike.test(left, candidate)).findFirst();
  }

  private static boolean sameName(Stage one, Stage other) {
    return !one.name().isBlank()
        && one.name()
            .strip()
            .toLowerCase(Locale.ROOT)
            .equals(other.name().strip().toLowerCase(Locale.ROOT));
  }

  private static boolean sameDefinition(Stage one, Stage other) {
    return !one.definition().isBlank()
        && one.definition().strip().equals(other.definition().strip());
  }

  /** The id the stage had before it was renamed, if it was. */
  public Optional<String> formerId(String stageId) {
    return newIdByOldId.entrySet().stream()
        .filter(rename -> rename.getValue().equals(stageId))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** The accord with every reference to a renamed stage written with the stage's new id. */
  public Accord applyTo(Accord accord) {
    return newIdByOldId.isEmpty()
        ? accord
        : new StageReferences(id -> newIdByOldId.getOrDefault(id, id)).rewrite(accord);
  }
}
