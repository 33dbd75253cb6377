package dev.accord.importer;

import dev.accord.core.event.ActivityType;
import dev.accord.core.shared.Values;
import dev.accord.yaml.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How one row of an export, which shows a record as it is now, becomes the events that brought it
 * there: created at a date in a stage, then moved into later stages at the dates the row gives.
 *
 * @param stage the column holding the stage the record is in now
 * @param createdAt when the record was created: a column, a constant date, or both (the date
 *     standing in where the column is empty); empty when the first stage date says it
 * @param createdIn the stage records are created in when the row names none earlier
 * @param stageEntries per stage, the column giving the date the record entered it
 * @param activities per column, the kind of touch whose date it holds
 */
public record Snapshot(
    Ref stage,
    Optional<CreatedAt> createdAt,
    Optional<Ref> createdIn,
    List<StageEntry> stageEntries,
    List<Activity> activities) {

  /**
   * When a record was created: a column, a constant date standing in where it is empty, or both.
   */
  public record CreatedAt(Optional<Ref> column, Optional<LocalDate> otherwise, Position at) {
    public CreatedAt {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(otherwise, "otherwise");
      Objects.requireNonNull(at, "at");
    }
  }

  /** The column giving the date a record entered a stage. */
  public record StageEntry(Ref stage, Ref column) {
    public StageEntry {
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(column, "column");
    }
  }

  /** A column holding the date of a touch, such as the last call. */
  public record Activity(Ref column, ActivityType type) {
    public Activity {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(type, "type");
    }
  }

  public Snapshot {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdIn, "createdIn");
    stageEntries = Values.list(stageEntries);
    activities = Values.list(activities);
  }

  /** The columns that hold dates the timeline needs, each where the mapping names it. */
  public List<Ref> dateColumns() {
    return Stream.concat(
            createdAt.stream().flatMap(created -> created.column().stream()),
            stageEntries.stream().map(StageEntry::column))
        .toList();
  }

  /** Every data column the snapshot reads. */
  List<Ref> columns() {
    return Stream.of(
            Stream.of(stage), dateColumns().stream(), activities.stream().map(Activity::column))
        .flatMap(s -> s)
        .toList();
  }
}
