package dev.accord.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns a snapshot row — the stage a record is in now, and the dates it entered some stages — into
 * the moves that brought it there.
 *
 * <p>Only the stages on the record's way count: the stage it is in, and the stages before it in its
 * pipeline that do not end it (a lost deal's close date is no date of winning). Of those, the ones
 * with a date are taken in date order. The record is created in the {@code created_in} stage when
 * the mapping names one on its way, else in its earliest dated stage, else in the stage it is in;
 * it is created at the earliest of its creation date and its stage dates. Each later dated stage is
 * a move at its date; a stage without a date is left out, except the stage the record is in now,
 * which it enters at the latest date the row gives.
 */
final class Timeline {

  /** A stage entered at an instant; the first of a timeline is the record's creation. */
  record Move(String stage, Instant at) {}

  /** What the row's dates gave: the moves, or why the record cannot be placed in time. */
  sealed interface Outcome {
    record Placed(List<Move> moves) implements Outcome {}

    record Unplaced(String column, String reason) implements Outcome {}
  }

  private final Snapshot snapshot;
  private final StageOrder order;
  private final DateReader dates;
  private final Sentinels sentinels;

  Timeline(Snapshot snapshot, StageOrder order, DateReader dates, Sentinels sentinels) {
    this.snapshot = snapshot;
    this.order = order;
    this.dates = dates;
    this.sentinels = sentinels;
  }

  Outcome of(String stage, SourceRow.RowValues values) {
    List<Move> dated = new ArrayList<>();
    for (Snapshot.StageEntry entry : snapshot.stageEntries()) {
      if (!order.onTheWayTo(entry.stage().name(), stage)) {
        continue;
      }
      String column = entry.column().name();
      String text = values.get(column).strip();
      if (text.isEmpty() || sentinels.isSentinel(text)) {
        continue;
      }
      Optional<Instant> entered = dates.read(text);
      if (entered.isEmpty()) {
        return unreadable(column, text);
      }
      dated.add(new Move(entry.stage().name(), entered.get()));
    }
    dated.sort(Comparator.comparing(Move::at).thenComparingInt(move -> order.rank(move.stage())));
    Optional<Instant> created = Optional.empty();
    if (snapshot.createdAt().isPresent()) {
      Snapshot.CreatedAt createdAt = snapshot.createdAt().get();
      String text = createdAt.column().map(c -> values.get(c.name()).strip()).orElse("");
      if (!text.isEmpty() && !sentinels.isSentinel(text)) {
        created = dates.read(text);
        if (created.isEmpty()) {
          return unreadable(createdAt.column().orElseThrow().name(), text);
        }
      } else {
        created = createdAt.otherwise().map(dates::at);
      }
    }
    Optional<Instant> first =
        dated.isEmpty()
            ? created
            : Optional.of(
                created
                    .filter(c -> c.isBefore(dated.getFirst().at()))
                    .orElse(dated.getFirst().at()));
    if (first.isEmpty()) {
      return new Outcome.Unplaced(
          snapshot
              .createdAt()
              .flatMap(Snapshot.CreatedAt::column)
              .map(Ref::name)
              .orElse(snapshot.stage().name()),
          "the row gives no date to place the record in time: its creation date and the dates of"
              + " the stages on its way to `"
              + stage
              + "` are empty");
    }
    String createdStage = createdStage(stage, dated, created);
    List<Move> moves = new ArrayList<>();
    moves.add(new Move(createdStage, first.get()));
    for (Move move : dated) {
      if (!move.stage().equals(createdStage)) {
        moves.add(move);
      }
    }
    if (moves.stream().noneMatch(move -> move.stage().equals(stage))) {
      moves.add(new Move(stage, moves.getLast().at()));
    }
    return new Outcome.Placed(moves);
  }

  private String createdStage(String stage, List<Move> dated, Optional<Instant> created) {
    Optional<String> named =
        snapshot.createdIn().map(Ref::name).filter(in -> order.onTheWayTo(in, stage));
    if (named.isPresent()) {
      return named.get();
    }
    if (dated.isEmpty()) {
      return stage;
    }
    boolean existedBefore = created.filter(c -> c.isBefore(dated.getFirst().at())).isPresent();
    return existedBefore
        ? order.entryOnTheWayTo(stage).orElse(dated.getFirst().stage())
        : dated.getFirst().stage();
  }

  private Outcome unreadable(String column, String text) {
    return new Outcome.Unplaced(
        column,
        "`"
            + column
            + "` holds `"
            + text
            + "`, which none of the date formats reads ("
            + dates.describe()
            + ")");
  }
}
