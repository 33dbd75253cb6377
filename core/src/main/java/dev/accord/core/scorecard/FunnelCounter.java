package dev.accord.core.scorecard;

import dev.accord.core.field.FieldDefinition;
import dev.accord.core.field.FieldType;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Counts each pipeline's funnel month by month (UTC): the entries into each stage, the amount of
 * the object's first money field those records carried, and the flow on to the next stage in the
 * pipeline's order.
 */
final class FunnelCounter {

  private FunnelCounter() {}

  static List<Funnel> count(List<ObjectType> objects, FactView view, Period period) {
    List<Funnel> funnels = new ArrayList<>();
    for (ObjectType object : objects) {
      String amountField =
          object.fields().stream()
              .filter(field -> field.type() == FieldType.MONEY)
              .map(FieldDefinition::id)
              .findFirst()
              .orElse("");
      for (Pipeline pipeline : object.pipelines()) {
        funnels.add(funnel(object, pipeline, amountField, view, period));
      }
    }
    return funnels;
  }

  private static Funnel funnel(
      ObjectType object, Pipeline pipeline, String amountField, FactView view, Period period) {
    List<Stage> stages = pipeline.stages();
    int[] positionOfCode = new int[view.facts.stages.size()];
    java.util.Arrays.fill(positionOfCode, -1);
    for (int s = 0; s < stages.size(); s++) {
      int code = view.stage(stages.get(s).id());
      if (code >= 0) {
        positionOfCode[code] = s;
      }
    }
    long from = period.from().toEpochMilli();
    long to = period.to().toEpochMilli();
    // Month by month over the period, each month a row of counts and amounts per stage.
    long firstMonth = Grouping.ByPeriod.month(from);
    int monthCount = (int) (Grouping.ByPeriod.month(to - 1) - firstMonth + 1);
    long[][] counted = new long[monthCount][];
    double[][] carried = new double[monthCount][];
    double[] amountOf = amountField.isEmpty() ? null : view.numbers(amountField);
    ScorecardFacts f = view.facts;
    for (int r = 0; r < view.records(); r++) {
      for (int e = f.entryStart[r]; e < f.entryStart[r + 1]; e++) {
        int position = positionOfCode[f.entryStage[e]];
        long at = f.entryAt[e];
        if (position < 0 || at < from || at >= to || !view.known(at, f.entryKnown[e])) {
          continue;
        }
        int month = (int) (Grouping.ByPeriod.month(at) - firstMonth);
        if (counted[month] == null) {
          counted[month] = new long[stages.size()];
          carried[month] = new double[stages.size()];
        }
        counted[month][position]++;
        double amount = amountOf == null ? Double.NaN : amountOf[r];
        if (!Double.isNaN(amount)) {
          carried[month][position] += amount;
        }
      }
    }
    Map<String, long[]> entered = new TreeMap<>();
    Map<String, double[]> amounts = new TreeMap<>();
    for (int month = 0; month < monthCount; month++) {
      if (counted[month] != null) {
        String label = Grouping.ByPeriod.monthLabel(firstMonth + month);
        entered.put(label, counted[month]);
        amounts.put(label, carried[month]);
      }
    }
    List<Funnel.Month> months = new ArrayList<>();
    entered.forEach((month, counts) -> {
      double[] amount = amounts.getOrDefault(month, new double[stages.size()]);
      List<Funnel.StageRow> rows = new ArrayList<>();
      for (int s = 0; s < stages.size(); s++) {
        OptionalDouble toNext =
            s + 1 < stages.size() && counts[s] > 0
                ? OptionalDouble.of(counts[s + 1] / (double) counts[s])
                : OptionalDouble.empty();
        rows.add(new Funnel.StageRow(stages.get(s).id(), counts[s], amount[s], toNext));
      }
      months.add(new Funnel.Month(month, rows));
    });
    return new Funnel(object.id(), pipeline.id(), amountField, months);
  }
}
