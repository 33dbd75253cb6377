package dev.accord.dashboard;

import dev.accord.core.scorecard.Metric;
import dev.accord.core.scorecard.Status;
import java.util.Optional;

/**
 * A traffic light as a page shows it: a colour, and with it an icon and a word, so that it reads
 * the same to someone who cannot tell the colours apart and on a black-and-white print.
 *
 * @param status the status as the markup names it: green, amber, red or none
 * @param icon a symbol that differs by status
 * @param word what the status means
 */
record Badge(String status, String icon, String word) {

  static Badge of(Optional<Status> status) {
    return status.map(Badge::of).orElse(new Badge("none", "–", "No status"));
  }

  /** A metric's light; without one, whether that is for want of a value or of a target. */
  static Badge of(Metric metric) {
    if (metric.status().isPresent()) {
      return of(metric.status().get());
    }
    if (metric.value().isEmpty()) {
      return new Badge("none", "–", "No data");
    }
    return new Badge("none", "–", "No target");
  }

  static Badge of(Status status) {
    return switch (status) {
      case GREEN -> new Badge("green", "✓", "Green: on target");
      case AMBER -> new Badge("amber", "!", "Amber: below target");
      case RED -> new Badge("red", "✗", "Red: off target");
    };
  }

  String css() {
    return "status-" + status;
  }
}
