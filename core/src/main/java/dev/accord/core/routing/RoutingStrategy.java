package dev.accord.core.routing;

import dev.accord.core.shared.Values;
import java.util.List;

/** How a routing rule picks the owner of a record it matches. */
public sealed interface RoutingStrategy {

  /** Always the same person. */
  record NamedOwner(String owner) implements RoutingStrategy {
    public NamedOwner {
      owner = Values.text(owner);
    }
  }

  /** Turn by turn within a team, by weight, passing over people who cannot take work now. */
  record RoundRobin(String team, List<SkipReason> skip) implements RoutingStrategy {
    public RoundRobin {
      team = Values.text(team);
      skip = Values.list(skip);
    }
  }

  /** By the value of a field such as country, region or state. */
  record Territory(String field, List<TerritoryArea> areas) implements RoutingStrategy {
    public Territory {
      field = Values.text(field);
      areas = Values.list(areas);
    }
  }

  /** To the owner of the account the record belongs to. */
  record AccountOwner(List<AccountMatch> matchOn) implements RoutingStrategy {
    public AccountOwner {
      matchOn = Values.list(matchOn);
    }
  }
}
