package dev.accord.core.governance;

import dev.accord.core.shared.Values;
import java.math.BigDecimal;
import java.util.Objects;

/** One department's part of a shared goal: the KPI it moves and the target it commits to. */
public record Contribution(String team, String kpi, BigDecimal target) {

  public Contribution {
    team = Values.text(team);
    kpi = Values.text(kpi);
    Objects.requireNonNull(target, "target");
  }
}
