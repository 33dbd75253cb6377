package dev.accord.core.team;

import dev.accord.core.shared.Values;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Someone who owns records, handoffs or decisions.
 *
 * @param id the person's identifier, as CRM owner fields and decision rights refer to them
 * @param name the name people see
 * @param email where notifications go
 * @param teams the teams the person belongs to
 * @param roles what the person may do in Accord
 * @param timeZone where the person works, for working hours in routing
 * @param capacity how many open records the person may hold at once; empty for no limit
 * @param weight the person's share in round-robin routing, relative to teammates
 * @param active whether the person currently takes work
 */
public record Person(
    String id,
    String name,
    Optional<String> email,
    List<String> teams,
    List<Role> roles,
    Optional<ZoneId> timeZone,
    OptionalInt capacity,
    int weight,
    boolean active) {

  public Person {
    id = Values.text(id);
    name = Values.text(name);
    Objects.requireNonNull(email, "email");
    teams = Values.list(teams);
    roles = Values.list(roles);
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(capacity, "capacity");
  }

  public boolean belongsTo(String teamId) {
    return teams.contains(teamId);
  }
}
