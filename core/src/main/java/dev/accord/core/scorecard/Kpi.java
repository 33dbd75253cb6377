package dev.accord.core.scorecard;

import dev.accord.core.shared.Values;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A measure on the shared scorecard: what it computes, who owns it, what it should reach, and which
 * outcome KPIs it is meant to move.
 *
 * @param id the KPI's identifier
 * @param name the name people see
 * @param description what the number means
 * @param kind activity or outcome
 * @param owner the team accountable for it
 * @param object the object whose records it counts, by id; empty for the first object
 * @param formula what it computes
 * @param unit how the value reads: count, percent, days, minutes, currency...
 * @param dimensions the declared dimensions it may be broken down by
 * @param target the target and traffic-light thresholds, if it has one
 * @param feeds the KPIs this one is meant to move, usually outcomes
 */
public record Kpi(
    String id,
    String name,
    String description,
    KpiKind kind,
    String owner,
    Optional<String> object,
    Formula formula,
    String unit,
    List<String> dimensions,
    Optional<Target> target,
    List<String> feeds) {

  public Kpi {
    id = Values.text(id);
    name = Values.text(name);
    description = Values.text(description);
    Objects.requireNonNull(kind, "kind");
    owner = Values.text(owner);
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(formula, "formula");
    unit = Values.text(unit);
    dimensions = Values.list(dimensions);
    Objects.requireNonNull(target, "target");
    feeds = Values.list(feeds);
  }

  public String displayName() {
    return name.isBlank() ? id : name;
  }
}
