package dev.accord.cli;

import dev.accord.storage.Store;
import java.util.List;

/**
 * Finds the exception a person means by the first characters of its id, as the queue's listing
 * shows them: the prefix must name exactly one.
 */
final class QueueIds {

  /** How many characters of an id the listing shows: enough to tell exceptions apart. */
  static final int SHOWN = 12;

  private QueueIds() {}

  static String resolve(Store store, String prefix) {
    List<String> ids = store.exceptionIdsStartingWith(prefix.trim(), 2);
    if (ids.isEmpty()) {
      throw new UserError(
          "no exception `" + prefix + "` in the queue", "'accord exceptions' lists the queue");
    }
    if (ids.size() > 1) {
      throw new UserError(
          "`" + prefix + "` names more than one exception",
          "give more characters of the id, as 'accord exceptions' shows it");
    }
    return ids.getFirst();
  }

  static String shown(String id) {
    return id.substring(0, Math.min(SHOWN, id.length()));
  }
}
