package dev.accord.core.scorecard;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One pipeline's funnel month by month: how many records entered each stage, the amount they
 * carried, and the share that went on to the next stage.
 *
 * @param object the object whose pipeline it is
 * @param pipeline the pipeline
 * @param amountField the money field amounts are summed from; empty when the object has none
 * @param months the months of the period with anything in them, oldest first
 */
public record Funnel(String object, String pipeline, String amountField, List<Month> months) {

  public Funnel {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(amountField, "amountField");
    months = List.copyOf(months);
  }

  /**
   * One month of the funnel.
   *
   * @param month the month, as {@code 2026-11}
   * @param stages each stage of the pipeline in order
   */
  public record Month(String month, List<StageRow> stages) {
    public Month {
      Objects.requireNonNull(month, "month");
      stages = List.copyOf(stages);
    }
  }

  /**
   * One stage in one month.
   *
   * @param stage the stage's id
   * @param entered the records that entered it in the month
   * @param amount the total of the amount field over those records
   * @param toNext the records entering the next stage in the month over those entering this one;
   *     empty for the last stage or when none entered this one
   */
  public record StageRow(String stage, long entered, double amount, OptionalDouble toNext) {
    public StageRow {
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(toNext, "toNext");
    }
  }
}
