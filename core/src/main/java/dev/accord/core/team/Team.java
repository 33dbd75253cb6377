package dev.accord.core.team;

import dev.accord.core.shared.Values;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of people that owns stages, handoffs, KPIs or exceptions, such as the SDR team.
 *
 * @param id the team's identifier
 * @param name the name people see
 * @param department the function the team belongs to
 * @param manager the person who manages the team, notified on escalations
 * @param calendar the business calendar the team works to, by id
 */
public record Team(
    String id,
    String name,
    Department department,
    Optional<String> manager,
    Optional<String> calendar) {

  public Team {
    id = Values.text(id);
    name = Values.text(name);
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(manager, "manager");
    Objects.requireNonNull(calendar, "calendar");
  }
}
