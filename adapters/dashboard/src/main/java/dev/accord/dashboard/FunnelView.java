package dev.accord.dashboard;

import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.scorecard.Formula;
import dev.accord.core.scorecard.Funnel;
import dev.accord.core.scorecard.Metric;
import dev.accord.core.scorecard.Scorecard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The funnel page: each pipeline's records entering each stage month by month, with the share that
 * went on to the next stage; then the conversion and velocity KPIs broken down by dimension.
 */
record FunnelView(Layout layout, List<PipelineFunnel> funnels, List<Breakdowns> conversions) {

  /**
   * One pipeline's funnel.
   *
   * @param title the object and pipeline
   * @param chart the key of its chart
   * @param months the months, oldest first
   * @param rows a row per stage, a cell per month
   * @param amountField the money field summed, empty when none
   */
  record PipelineFunnel(
      String title,
      String chart,
      String chartLabel,
      List<String> months,
      List<StageLine> rows,
      String amountField) {}

  /** One stage across the months. */
  record StageLine(String stage, List<Cell> cells, String total) {}

  /** One stage in one month: records entered, the amount they carried and the share onward. */
  record Cell(String entered, String amount, String toNext) {}

  static FunnelView of(Frame frame, Scorecard scorecard) {
    Names names = new Names(frame.accord());
    Map<String, Object> charts = new LinkedHashMap<>();
    List<PipelineFunnel> funnels = new ArrayList<>();
    for (Funnel funnel : scorecard.funnels()) {
      if (funnel.months().isEmpty()) {
        continue;
      }
      funnels.add(funnel(frame, funnel, names, charts));
    }
    List<Breakdowns> conversions = new ArrayList<>();
    for (Metric metric : scorecard.metrics()) {
      if (isConversionOrVelocity(metric.kpi().formula())
          && metric.breakdowns().values().stream().anyMatch(b -> !b.isEmpty())) {
        conversions.add(Breakdowns.of(metric, names, charts));
      }
    }
    return new FunnelView(
        Layout.of(frame, Section.FUNNEL, "Funnel", ScorecardView.subtitle(scorecard), charts),
        funnels,
        conversions);
  }

  static boolean isConversionOrVelocity(Formula formula) {
    return switch (formula) {
      case Formula.Conversion c -> true;
      case Formula.WinRate w -> true;
      case Formula.DurationBetween d -> true;
      case Formula.SalesVelocity v -> true;
      case Formula.SpeedToLead s -> true;
      default -> false;
    };
  }

  private static PipelineFunnel funnel(
      Frame frame, Funnel funnel, Names names, Map<String, Object> charts) {
    String object =
        frame
            .accord()
            .object(funnel.object())
            .map(ObjectType::name)
            .filter(n -> !n.isBlank())
            .orElse(funnel.object());
    String pipeline =
        frame.accord().objects().stream()
            .flatMap(o -> o.pipelines().stream())
            .filter(p -> p.id().equals(funnel.pipeline()))
            .map(p -> p.name().isBlank() ? p.id() : p.name())
            .findFirst()
            .orElse(funnel.pipeline());
    List<String> months = funnel.months().stream().map(Funnel.Month::month).toList();
    List<Funnel.StageRow> firstStages = funnel.months().getFirst().stages();
    List<String> stageNames = firstStages.stream().map(r -> names.stage(r.stage())).toList();
    List<StageLine> rows = new ArrayList<>();
    List<List<Long>> entered = new ArrayList<>();
    for (Funnel.Month month : funnel.months()) {
      entered.add(month.stages().stream().map(Funnel.StageRow::entered).toList());
    }
    for (int s = 0; s < firstStages.size(); s++) {
      List<Cell> cells = new ArrayList<>();
      long total = 0;
      for (Funnel.Month month : funnel.months()) {
        Funnel.StageRow row = month.stages().get(s);
        total += row.entered();
        cells.add(
            new Cell(
                Figures.count(row.entered()),
                funnel.amountField().isEmpty() ? "" : Figures.format(row.amount(), "count"),
                row.toNext().isPresent()
                    ? Figures.percent(row.toNext().getAsDouble()) + " to the next stage"
                    : ""));
      }
      rows.add(new StageLine(stageNames.get(s), cells, Figures.count(total)));
    }
    String chart = "funnel-" + funnel.object() + "-" + funnel.pipeline();
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("kind", "funnel");
    spec.put("stages", stageNames);
    spec.put("months", months);
    spec.put("entered", entered);
    charts.put(chart, spec);
    String title = object + ": " + pipeline;
    return new PipelineFunnel(
        title,
        chart,
        "Records entering each stage of " + title + " by month; the table below gives the figures",
        months,
        rows,
        funnel.amountField());
  }
}
