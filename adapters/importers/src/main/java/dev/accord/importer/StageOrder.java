package dev.accord.importer;

import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.Stage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stages of the imported object in the order its pipelines declare them. A snapshot row says
 * where a record is now and when it entered some stages; this order tells which of those stages lie
 * on its way: the stage it is in, and the stages before it in the same pipeline that do not end the
 * pipeline. A won deal has passed through engaging, but not through lost.
 */
final class StageOrder {

  private record Place(Pipeline pipeline, int index, boolean terminal) {}

  private final Map<String, Place> places = new HashMap<>();
  private final List<String> ids;
  private final Map<Pipeline, List<String>> entries = new HashMap<>();

  StageOrder(ObjectType object) {
    for (Pipeline pipeline : object.pipelines()) {
      for (int i = 0; i < pipeline.stages().size(); i++) {
        Stage stage = pipeline.stages().get(i);
        places.putIfAbsent(stage.id(), new Place(pipeline, i, stage.terminal()));
      }
    }
    this.ids = object.stages().stream().map(Stage::id).toList();
    object
        .pipelines()
        .forEach(p -> entries.put(p, p.entryStages().stream().map(Stage::id).toList()));
  }

  /** The first stage records may start in that lies on the way to {@code current}, if any. */
  Optional<String> entryOnTheWayTo(String current) {
    Place now = places.get(current);
    if (now == null) {
      return Optional.empty();
    }
    return entries.get(now.pipeline()).stream()
        .filter(entry -> onTheWayTo(entry, current))
        .findFirst();
  }

  boolean has(String stage) {
    return places.containsKey(stage);
  }

  List<String> ids() {
    return ids;
  }

  /** Whether a record now in {@code current} passed through {@code earlier} to get there. */
  boolean onTheWayTo(String earlier, String current) {
    if (earlier.equals(current)) {
      return true;
    }
    Place before = places.get(earlier);
    Place now = places.get(current);
    return before != null
        && now != null
        && before.pipeline() == now.pipeline()
        && before.index() < now.index()
        && !before.terminal();
  }

  /** The stage's position in its pipeline, to order stages entered at the same instant. */
  int rank(String stage) {
    Place place = places.get(stage);
    return place == null ? Integer.MAX_VALUE : place.index();
  }
}
