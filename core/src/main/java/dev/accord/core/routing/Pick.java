package dev.accord.core.routing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one rule's strategy made of a record: the person it picked, if any, the values it picked on,
 * the notes a person reads to see why, and the routing context after it.
 */
record Pick(
    Optional<String> person,
    Map<String, String> matchedOn,
    List<String> notes,
    RoutingContext context) {

  Pick {
    matchedOn = Map.copyOf(matchedOn);
    notes = List.copyOf(notes);
  }

  static Pick nobody(Map<String, String> matchedOn, List<String> notes, RoutingContext context) {
    return new Pick(Optional.empty(), matchedOn, notes, context);
  }
}
