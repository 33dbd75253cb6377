package dev.accord.core.scorecard.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The KPIs joined by what each feeds, to find loops: a KPI cannot be meant to move a KPI that is
 * itself meant to move it, or the scorecard could no longer tell cause from effect.
 */
public final class FeedGraph {

  /**
   * A loop found in the graph, reported at the link that closes it.
   *
   * @param kpi the KPI whose link closes the loop
   * @param link the position of that link in the KPI's {@code feeds}
   * @param path the KPIs around the loop, starting and ending with the same one
   */
  public record Loop(String kpi, int link, List<String> path) {
    public Loop {
      path = List.copyOf(path);
    }
  }

  private final Map<String, List<String>> feeds;
  private final Set<String> done = new HashSet<>();
  private final List<String> trail = new ArrayList<>();
  private final List<Loop> loops = new ArrayList<>();

  private FeedGraph(Map<String, List<String>> feeds) {
    this.feeds = feeds;
  }

  /**
   * The loops among the KPIs, one per link that closes a loop, in declaration order. A KPI feeding
   * itself directly is left to the caller, which reports it on its own.
   *
   * @param feeds what each KPI feeds, in declaration order
   */
  public static List<Loop> loops(Map<String, List<String>> feeds) {
    FeedGraph graph = new FeedGraph(new LinkedHashMap<>(feeds));
    for (String kpi : graph.feeds.keySet()) {
      graph.visit(kpi);
    }
    return List.copyOf(graph.loops);
  }

  private void visit(String kpi) {
    if (done.contains(kpi)) {
      return;
    }
    trail.add(kpi);
    List<String> targets = feeds.getOrDefault(kpi, List.of());
    for (int link = 0; link < targets.size(); link++) {
      String target = targets.get(link);
      if (target.equals(kpi) || !feeds.containsKey(target)) {
        continue;
      }
      int onTrail = trail.indexOf(target);
      if (onTrail >= 0) {
        List<String> path = new ArrayList<>(trail.subList(onTrail, trail.size()));
        path.add(target);
        loops.add(new Loop(kpi, link, path));
      } else {
        visit(target);
      }
    }
    trail.removeLast();
    done.add(kpi);
  }
}
