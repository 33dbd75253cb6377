package dev.accord.core.governance;

import dev.accord.core.shared.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A goal the departments share, such as "sourced pipeline +20% this year", measured by one KPI and
 * broken down into what each department contributes.
 *
 * @param id the goal's identifier
 * @param name the goal in words
 * @param kpi the KPI that measures it
 * @param baseline where the KPI stood when the goal was set, if known
 * @param target where it should be by the due date
 * @param due when the goal falls due
 * @param contributions what each department commits to
 */
public record Goal(
    String id,
    String name,
    String kpi,
    Optional<BigDecimal> baseline,
    BigDecimal target,
    LocalDate due,
    List<Contribution> contributions) {

  public Goal {
    id = Values.text(id);
    name = Values.text(name);
    kpi = Values.text(kpi);
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(due, "due");
    contributions = Values.list(contributions);
  }
}
