package dev.accord.storage;

import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.exception.ExceptionCase;
import java.util.List;

/**
 * What the store asks about each record that arrives: which earlier records it looks like. The
 * store keeps no knowledge of how records are compared; it only queues what the check answers, with
 * the exceptions of the event that created the record.
 */
@FunctionalInterface
public interface DuplicateCheck {

  /** A check that suspects nothing, for a store whose accord has no duplicate rule. */
  static DuplicateCheck none() {
    return created -> List.of();
  }

  /**
   * Called before each batch is stored, outside its transaction: the moment for a check to read
   * what it needs from the store, once, rather than when the workspace is opened by a command that
   * stores nothing.
   */
  default void beforeIngest() {}

  /**
   * The suspected duplicates of a record the engine has just let in; asked once per record, when
   * its creation is first stored, in arrival order.
   */
  List<ExceptionCase> onCreated(RecordCreated created);
}
