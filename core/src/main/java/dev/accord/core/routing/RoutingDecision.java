package dev.accord.core.routing;

import dev.accord.core.exception.ExceptionCase.RoutingFailure;
import dev.accord.core.shared.Values;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Who a record went to on entering a routed stage, and why, in words a person can check: the rule
 * that placed it and the values it placed it on, and every rule that did not and every teammate
 * passed over, each with its reason. A record no rule placed goes to the fallback queue and says
 * so; without a fallback queue it goes to nobody and raises a {@link RoutingFailure}.
 *
 * @param recordId the record routed
 * @param stage the routed stage it entered
 * @param decidedAt when it was routed
 * @param owner the person or queue it went to; empty when it could not be routed
 * @param rule the rule that placed it; empty when it went to the fallback queue or nowhere
 * @param matchedOn the values the placing rule matched on, such as {@code country=DE}
 * @param explanation one line per rule that did not place it or teammate passed over, then the line
 *     of the outcome
 * @param context the routing context after this decision, for the next one
 */
public record RoutingDecision(
    String recordId,
    String stage,
    Instant decidedAt,
    Optional<Owner> owner,
    Optional<String> rule,
    SortedMap<String, String> matchedOn,
    List<String> explanation,
    RoutingContext context) {

  public RoutingDecision {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(rule, "rule");
    matchedOn = Collections.unmodifiableSortedMap(new TreeMap<>(matchedOn));
    explanation = Values.list(explanation);
    Objects.requireNonNull(context, "context");
  }

  /** Whether the record went to someone: a person, or the fallback queue. */
  public boolean isRouted() {
    return owner.isPresent();
  }

  /**
   * The routing-failure exception of a record that went to nobody, raised by the event that moved
   * it into the routed stage; empty when it was routed.
   */
  public Optional<RoutingFailure> failure(String eventKey) {
    if (isRouted()) {
      return Optional.empty();
    }
    return Optional.of(new RoutingFailure(recordId, eventKey, decidedAt, stage, explanation));
  }

  /** The decision in one paragraph, for the record's history. */
  public String describe() {
    String outcome =
        owner
            .map(o ->
                "Record "
                    + recordId
                    + " went to "
                    + o.describe()
                    + rule.map(r -> " by rule " + r + on()).orElse(""))
            .orElse("Record " + recordId + " entering " + stage + " could not be routed");
    return outcome + ": " + String.join("; ", explanation) + ".";
  }

  private String on() {
    if (matchedOn.isEmpty()) {
      return "";
    }
    StringBuilder on = new StringBuilder(" on ");
    for (Map.Entry<String, String> value : matchedOn.entrySet()) {
      if (on.length() > " on ".length()) {
        on.append(", ");
      }
      on.append(value.getKey()).append('=').append(value.getValue());
    }
    return on.toString();
  }
}
