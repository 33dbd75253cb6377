package dev.accord.core.routing;

import dev.accord.core.shared.Values;
import java.util.List;

/**
 * One territory: the values of the territory field it covers (countries, regions, states) and the
 * team or person who owns it.
 */
public record TerritoryArea(String name, List<String> values, String assignee) {

  public TerritoryArea {
    name = Values.text(name);
    values = Values.list(values);
    assignee = Values.text(assignee);
  }
}
