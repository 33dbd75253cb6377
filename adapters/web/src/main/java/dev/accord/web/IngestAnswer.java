package dev.accord.web;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.lifecycle.Verdict;
import dev.accord.json.EventJson;
import dev.accord.storage.Arrival;
import dev.accord.storage.EventReceipt;
import dev.accord.storage.IngestReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What taking events in did, counted as {@code accord import} counts rows: accepted (flagged ones
 * included), flagged, rejected and duplicates; for a webhook also the deliveries it had taken in
 * before (counted as duplicates) and the notifications that say nothing Accord keeps (ignored).
 * Each event's receipt follows.
 */
record IngestAnswer(
    int received,
    long accepted,
    long flagged,
    long rejected,
    long duplicates,
    long ignored,
    int newExceptions,
    List<Receipt> events) {

  /** What became of one event. */
  record Receipt(
      String idempotencyKey,
      String recordId,
      String type,
      String arrival,
      Optional<String> verdict,
      List<Raised> exceptions) {}

  /** An exception an event raised. */
  record Raised(String type, String description) {}

  /**
   * Counts the report of the events.
   *
   * @param repeated deliveries taken in before, each counted as one duplicate
   * @param ignored notifications that gave no event
   */
  static IngestAnswer of(
      List<RecordEvent> events, IngestReport report, int received, int repeated, int ignored) {
    Map<String, RecordEvent> byKey = new HashMap<>();
    events.forEach(event -> byKey.putIfAbsent(event.idempotencyKey(), event));
    long accepted = 0;
    long flagged = 0;
    long rejected = 0;
    long duplicates = repeated;
    List<Receipt> receipts = new ArrayList<>();
    for (EventReceipt receipt : report.receipts()) {
      if (receipt.arrival() == Arrival.DUPLICATE) {
        duplicates++;
      } else if (receipt.verdict().orElse(Verdict.REJECTED) == Verdict.REJECTED) {
        rejected++;
      } else {
        accepted++;
        if (isFlagged(receipt)) {
          flagged++;
        }
      }
      RecordEvent event = byKey.get(receipt.idempotencyKey());
      receipts.add(
          new Receipt(
              receipt.idempotencyKey(),
              event == null ? "" : event.recordId(),
              event == null ? "" : EventJson.typeOf(event),
              ExceptionView.word(receipt.arrival()),
              receipt.verdict().map(ExceptionView::word),
              receipt.exceptions().stream().map(IngestAnswer::raised).toList()));
    }
    return new IngestAnswer(
        received,
        accepted,
        flagged,
        rejected,
        duplicates,
        ignored,
        report.newExceptions(),
        receipts);
  }

  static boolean isFlagged(EventReceipt receipt) {
    return receipt.verdict().equals(Optional.of(Verdict.FLAGGED))
        || !receipt.exceptions().isEmpty();
  }

  /** The metric outcome of a receipt: accepted, flagged, rejected or duplicate. */
  static String outcome(EventReceipt receipt) {
    if (receipt.arrival() == Arrival.DUPLICATE) {
      return "duplicate";
    }
    if (receipt.verdict().orElse(Verdict.REJECTED) == Verdict.REJECTED) {
      return "rejected";
    }
    return isFlagged(receipt) ? "flagged" : "accepted";
  }

  /** The audit log's line. */
  String summary() {
    return received
        + " received: "
        + accepted
        + " accepted ("
        + flagged
        + " flagged), "
        + rejected
        + " rejected, "
        + duplicates
        + " duplicates"
        + (ignored > 0 ? ", " + ignored + " ignored" : "");
  }

  private static Raised raised(ExceptionCase exception) {
    return new Raised(ExceptionView.word(exception.type()), exception.describe());
  }
}
