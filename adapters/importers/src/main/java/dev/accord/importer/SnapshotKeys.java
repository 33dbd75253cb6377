package dev.accord.importer;

import dev.accord.core.event.ActivityType;
import dev.accord.yaml.Position;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads the {@code snapshot} and {@code joins} of a mapping file: how a row becomes a timeline, and
 * which reference files add fields. Mistakes are noted where they were written.
 */
final class SnapshotKeys {

  static final List<String> SNAPSHOT_KEYS =
      List.of("stage", "created_at", "created_in", "stage_entries", "activities");
  static final List<String> CREATED_AT_KEYS = List.of("column", "default");
  static final List<String> JOIN_KEYS = List.of("file", "key", "on", "fields");

  private SnapshotKeys() {}

  static Snapshot snapshot(MappingSection root) {
    Optional<MappingSection> written = root.section("snapshot", SNAPSHOT_KEYS);
    if (written.isEmpty()) {
      root.missing("snapshot");
      return new Snapshot(
          new Ref("", root.position()), Optional.empty(), Optional.empty(), List.of(), List.of());
    }
    MappingSection snapshot = written.get();
    Ref stage = MappingKeys.required(snapshot, "stage");
    Optional<Snapshot.CreatedAt> createdAt = createdAt(snapshot);
    Optional<Ref> createdIn = snapshot.ref("created_in");
    List<Snapshot.StageEntry> entries =
        snapshot.pairs("stage_entries").stream()
            .map(p -> new Snapshot.StageEntry(p.getKey(), p.getValue()))
            .toList();
    List<Snapshot.Activity> activities = new ArrayList<>();
    for (Map.Entry<Ref, Ref> activity : snapshot.pairs("activities")) {
      activityType(activity.getValue(), snapshot)
          .ifPresent(type -> activities.add(new Snapshot.Activity(activity.getKey(), type)));
    }
    return new Snapshot(stage, createdAt, createdIn, entries, activities);
  }

  private static Optional<Snapshot.CreatedAt> createdAt(MappingSection snapshot) {
    Optional<Node> value = snapshot.value("created_at");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Position at = MappingSection.positionOf(value.get());
    if (value.get() instanceof ScalarNode scalar) {
      Optional<LocalDate> constant = MappingKeys.isoDate(scalar.getValue());
      return Optional.of(
          constant.isPresent()
              ? new Snapshot.CreatedAt(Optional.empty(), constant, at)
              : new Snapshot.CreatedAt(
                  Optional.of(new Ref(scalar.getValue(), at)), Optional.empty(), at));
    }
    MappingSection created = snapshot.child(value.get(), "`created_at`", CREATED_AT_KEYS);
    Optional<Ref> column = created.ref("column");
    Optional<LocalDate> otherwise =
        created
            .ref("default")
            .flatMap(ref -> {
              Optional<LocalDate> date = MappingKeys.isoDate(ref.name());
              if (date.isEmpty()) {
                created.error(
                    ref.at(),
                    "`created_at.default`: `" + ref.name() + "` is not a date",
                    "write the date as yyyy-MM-dd, such as `2017-12-31`");
              }
              return date;
            });
    if (column.isEmpty() && created.value("default").isEmpty()) {
      created.error(
          at,
          "`created_at` names neither a column nor a default date",
          "write `column:` (the column holding the creation date), `default:` (a date), or both");
    }
    return Optional.of(new Snapshot.CreatedAt(column, otherwise, at));
  }

  private static Optional<ActivityType> activityType(Ref written, MappingSection snapshot) {
    try {
      return Optional.of(ActivityType.valueOf(written.name().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      snapshot.error(
          written.at(),
          "`activities`: unknown activity `" + written.name() + "`",
          "write one of: "
              + String.join(
                  ", ",
                  Arrays.stream(ActivityType.values())
                      .map(t -> t.name().toLowerCase(Locale.ROOT))
                      .toList()));
      return Optional.empty();
    }
  }

  static List<Join> joins(MappingSection root) {
    List<Join> joins = new ArrayList<>();
    for (MappingSection join : root.sections("joins", "this join", JOIN_KEYS)) {
      Ref reference = MappingKeys.required(join, "file");
      Ref key = MappingKeys.required(join, "key");
      Ref on = MappingKeys.required(join, "on");
      List<Mapping.ColumnField> fields =
          join.pairs("fields").stream()
              .map(p -> new Mapping.ColumnField(p.getKey(), p.getValue()))
              .toList();
      if (fields.isEmpty()) {
        join.error(
            join.position("fields"),
            "this join adds no fields",
            "list the reference columns to add under `fields`, each with the field it becomes");
      }
      joins.add(new Join(reference, key, on, fields));
    }
    return joins;
  }
}
