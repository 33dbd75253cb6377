package dev.accord.cli;

import dev.accord.core.accord.Accord;
import dev.accord.core.duplicate.DuplicateRule;
import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.matching.DuplicateIndex;
import dev.accord.storage.DuplicateCheck;
import dev.accord.storage.Store;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workspace's watch for duplicates: one index per object the accord has a duplicate rule for,
 * holding every stored record of that object, against which each newly created record is compared
 * as it is ingested.
 *
 * <p>The indexes live in memory only, so before the first batch is stored the watch reads every
 * stored record of the watched objects once: O(records) time and about 320 bytes a record (see
 * {@link DuplicateIndex}). Commands that store nothing never pay for it. Stored records go in
 * silently, in record id order; they were checked when they arrived.
 */
final class DuplicateWatch implements DuplicateCheck {

  /** Phone numbers that name no country are read as numbers of this one. */
  static final String DEFAULT_REGION = "US";

  private static final int PAGE = 1_000;

  private final Map<String, DuplicateIndex> indexes;
  private final Store store;
  private boolean filled;

  private DuplicateWatch(Map<String, DuplicateIndex> indexes, Store store) {
    this.indexes = indexes;
    this.store = store;
    this.filled = indexes.isEmpty();
  }

  /**
   * The watch of the accord's duplicate rules over the store's records, which it reads before the
   * first batch is stored.
   */
  static DuplicateWatch of(Accord accord, Store store) {
    Map<String, DuplicateIndex> indexes = new HashMap<>();
    for (DuplicateRule rule : accord.duplicates()) {
      DuplicateIndex.of(accord, rule.object(), DEFAULT_REGION)
          .ifPresent(index -> indexes.put(rule.object(), index));
    }
    return new DuplicateWatch(indexes, store);
  }

  @Override
  public void beforeIngest() {
    if (!filled) {
      fill(indexes, store);
      filled = true;
    }
  }

  private static void fill(Map<String, DuplicateIndex> indexes, Store store) {
    for (int offset = 0; ; offset += PAGE) {
      List<RecordState> page = store.records(Optional.empty(), PAGE, offset);
      for (RecordState record : page) {
        DuplicateIndex index = indexes.get(record.objectType());
        if (index != null) {
          // Its suspicions were queued when the record arrived; here it is only remembered.
          index.add(stored(record), record.fields());
        }
      }
      if (page.size() < PAGE) {
        return;
      }
    }
  }

  /** A header standing for the stored record's creation, enough for the index to remember it. */
  private static EventHeader stored(RecordState record) {
    return new EventHeader(
        record.recordId(),
        record.objectType(),
        record.createdAt(),
        "store",
        "stored:" + record.recordId(),
        "accord");
  }

  @Override
  public List<ExceptionCase> onCreated(RecordCreated created) {
    DuplicateIndex index = indexes.get(created.header().objectType());
    if (index == null) {
      return List.of();
    }
    return List.copyOf(index.add(created));
  }
}
