package dev.accord.core.scorecard;

import static dev.accord.core.shared.KnownIds.quote;

import dev.accord.core.lifecycle.Lifecycle;
import dev.accord.core.scorecard.internal.FeedGraph;
import dev.accord.core.shared.Declaration;
import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks on the scorecard's KPIs: each declared once, owned by a known team, broken down by
 * declared dimensions, with a target whose traffic light makes sense, and linked to the outcomes it
 * is meant to move without going round in circles.
 */
public final class KpiChecks {

  private static final SourcePath KPIS = SourcePath.root().key("kpis");

  private KpiChecks() {}

  /**
   * The problems of the KPIs.
   *
   * @param handoffs the handoffs an SLA compliance KPI may measure
   * @param dimensions the dimensions a KPI may be broken down by
   * @param teams the teams that may own a KPI
   */
  public static List<Problem> check(
      List<Kpi> kpis, Lifecycle lifecycle, KnownIds handoffs, KnownIds dimensions, KnownIds teams) {
    List<Problem> problems =
        new ArrayList<>(Declaration.problemsAmong("KPI", Declaration.of(kpis, Kpi::id, KPIS)));
    KnownIds kpiIds = KnownIds.of("KPI", kpis.stream().map(Kpi::id).toList());
    KnownIds objects = lifecycle.objectIds();
    for (int i = 0; i < kpis.size(); i++) {
      Kpi kpi = kpis.get(i);
      SourcePath at = KPIS.index(i);
      String name = "KPI " + quote(kpi.id());
      teams
          .unknown(
              kpi.owner(),
              at.key("owner"),
              name + " is owned by unknown team " + quote(kpi.owner()))
          .ifPresent(problems::add);
      kpi.object()
          .flatMap(object ->
              objects.unknown(
                  object, at.key("object"), name + " counts unknown object " + quote(object)))
          .ifPresent(problems::add);
      problems.addAll(FormulaChecks.check(kpi, at.key("formula"), lifecycle, handoffs));
      for (int j = 0; j < kpi.dimensions().size(); j++) {
        String dimension = kpi.dimensions().get(j);
        dimensions
            .unknown(
                dimension,
                at.key("dimensions").index(j),
                name + " is broken down by unknown dimension " + quote(dimension))
            .ifPresent(problems::add);
      }
      problems.addAll(checkFeeds(kpi, at, kpiIds));
      kpi.target()
          .filter(target -> !target.thresholdsAreOrdered())
          .map(target ->
              Problem.error(
                  at.key("target").key("amber"),
                  name
                      + " has its amber threshold "
                      + target.amber().toPlainString()
                      + " on the better side of green "
                      + target.green().toPlainString(),
                  target.better() == Direction.HIGHER
                      ? "for a KPI that is better higher, set amber at or below green"
                      : "for a KPI that is better lower, set amber at or above green"))
          .ifPresent(problems::add);
    }
    problems.addAll(checkLoops(kpis));
    return problems;
  }

  private static List<Problem> checkFeeds(Kpi kpi, SourcePath at, KnownIds kpiIds) {
    List<Problem> problems = new ArrayList<>();
    String name = "KPI " + quote(kpi.id());
    if (kpi.kind() == KpiKind.ACTIVITY && kpi.feeds().isEmpty()) {
      problems.add(
          Problem.warning(
              at.key("feeds"),
              "activity " + name + " is linked to no outcome",
              "list the outcome KPIs it is meant to move under `feeds`"));
    }
    for (int j = 0; j < kpi.feeds().size(); j++) {
      String fed = kpi.feeds().get(j);
      SourcePath link = at.key("feeds").index(j);
      if (fed.equals(kpi.id())) {
        problems.add(
            Problem.error(link, name + " feeds itself", "list the other KPIs it is meant to move"));
      } else {
        kpiIds
            .unknown(fed, link, name + " feeds unknown KPI " + quote(fed))
            .ifPresent(problems::add);
      }
    }
    return problems;
  }

  private static List<Problem> checkLoops(List<Kpi> kpis) {
    Map<String, List<String>> feeds = new LinkedHashMap<>();
    Map<String, Integer> position = new LinkedHashMap<>();
    for (int i = 0; i < kpis.size(); i++) {
      feeds.putIfAbsent(kpis.get(i).id(), kpis.get(i).feeds());
      position.putIfAbsent(kpis.get(i).id(), i);
    }
    return FeedGraph.loops(feeds).stream()
        .map(loop ->
            Problem.error(
                KPIS.index(position.get(loop.kpi())).key("feeds").index(loop.link()),
                "KPI "
                    + quote(loop.kpi())
                    + " feeds itself through "
                    + String.join(" -> ", loop.path().stream().map(KnownIds::quote).toList()),
                "remove one link of the loop: a KPI cannot move the KPIs that move it"))
        .toList();
  }
}
