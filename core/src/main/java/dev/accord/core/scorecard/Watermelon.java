package dev.accord.core.scorecard;

import java.util.List;
import java.util.Objects;

/**
 * A scorecard finding about how activity connects to outcomes: an activity KPI that is green while
 * an outcome it feeds is amber or red, or an activity KPI that leads to no outcome at all.
 *
 * @param kind which of the two it is
 * @param kpi the activity KPI
 * @param chain the KPIs from the activity to the failing outcome, by id; just the KPI for an
 *     unlinked one
 * @param explanation the finding in words
 */
public record Watermelon(Kind kind, String kpi, List<String> chain, String explanation) {

  /** What was found. */
  public enum Kind {
    /** Green outside, red inside: the activity is on target, an outcome it feeds is not. */
    GREEN_OVER_RED,
    /** The activity feeds no outcome KPI, so nobody can tell whether it pays. */
    NO_OUTCOME
  }

  public Watermelon {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(kpi, "kpi");
    chain = List.copyOf(chain);
    Objects.requireNonNull(explanation, "explanation");
  }
}
