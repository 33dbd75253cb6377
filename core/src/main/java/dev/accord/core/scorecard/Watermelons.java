package dev.accord.core.scorecard;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the watermelons of a scorecard: green activity outside, amber or red outcome inside. Each
 * green activity KPI is followed along the {@code feeds} links the accord declares, nearest first,
 * to the first outcome KPI that is not green; the finding names the whole chain. An activity KPI
 * from which no outcome can be reached is reported too: nothing tells whether it pays.
 */
final class Watermelons {

  private Watermelons() {}

  static List<Watermelon> of(List<Metric> metrics) {
    Map<String, Metric> byId = new HashMap<>();
    metrics.forEach(metric -> byId.put(metric.id(), metric));
    List<Watermelon> found = new ArrayList<>();
    for (Metric metric : metrics) {
      if (metric.kpi().kind() != KpiKind.ACTIVITY) {
        continue;
      }
      if (!reachesOutcome(metric, byId)) {
        found.add(
            new Watermelon(
                Watermelon.Kind.NO_OUTCOME,
                metric.id(),
                List.of(metric.id()),
                metric.kpi().displayName()
                    + " is an activity KPI that feeds no outcome KPI, so nobody can tell whether"
                    + " more of it pays; name the outcome it should move under `feeds`."));
      } else if (metric.status().equals(Optional.of(Status.GREEN))) {
        failingChain(metric, byId)
            .ifPresent(chain ->
                found.add(
                    new Watermelon(
                        Watermelon.Kind.GREEN_OVER_RED, metric.id(), chain, explain(chain, byId))));
      }
    }
    return found;
  }

  private static boolean reachesOutcome(Metric start, Map<String, Metric> byId) {
    Set<String> seen = new HashSet<>();
    Deque<String> next = new ArrayDeque<>(start.kpi().feeds());
    while (!next.isEmpty()) {
      String id = next.poll();
      Metric metric = byId.get(id);
      if (metric == null || !seen.add(id)) {
        continue;
      }
      if (metric.kpi().kind() == KpiKind.OUTCOME) {
        return true;
      }
      next.addAll(metric.kpi().feeds());
    }
    return false;
  }

  /** The shortest chain from the KPI to an outcome that is amber or red, if any. */
  private static Optional<List<String>> failingChain(Metric start, Map<String, Metric> byId) {
    Map<String, String> cameFrom = new HashMap<>();
    Deque<String> next = new ArrayDeque<>();
    cameFrom.put(start.id(), null);
    next.add(start.id());
    while (!next.isEmpty()) {
      String id = next.poll();
      for (String fed : byId.get(id).kpi().feeds()) {
        Metric metric = byId.get(fed);
        if (metric == null || cameFrom.containsKey(fed)) {
          continue;
        }
        cameFrom.put(fed, id);
        if (metric.kpi().kind() == KpiKind.OUTCOME
            && metric.status().filter(status -> status != Status.GREEN).isPresent()) {
          List<String> chain = new ArrayList<>();
          for (String at = fed; at != null; at = cameFrom.get(at)) {
            chain.addFirst(at);
          }
          return Optional.of(chain);
        }
        next.add(fed);
      }
    }
    return Optional.empty();
  }

  private static String explain(List<String> chain, Map<String, Metric> byId) {
    Metric activity = byId.get(chain.getFirst());
    Metric outcome = byId.get(chain.getLast());
    StringBuilder text = new StringBuilder();
    text.append(activity.kpi().displayName())
        .append(" is green (")
        .append(Figures.against(activity))
        .append("), yet ")
        .append(outcome.kpi().displayName())
        .append(", the outcome it feeds, is ")
        .append(outcome.status().orElseThrow().name().toLowerCase(Locale.ROOT))
        .append(" (")
        .append(Figures.against(outcome))
        .append("): ");
    for (int i = 0; i < chain.size(); i++) {
      Metric metric = byId.get(chain.get(i));
      if (i > 0) {
        text.append(" -> ");
      }
      text.append(metric.kpi().displayName())
          .append(" [")
          .append(metric.status().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("no target"))
          .append("]");
    }
    return text.append(". More activity is not turning into results.").toString();
  }
}
