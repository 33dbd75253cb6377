package dev.accord.core.scorecard;

import dev.accord.core.field.Condition;
import dev.accord.core.shared.Values;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a KPI computes, from a fixed vocabulary that the scorecard engine knows how to count. */
public sealed interface Formula {

  /** How many records entered a stage. */
  record CountEntering(String stage) implements Formula {
    public CountEntering {
      stage = Values.text(stage);
    }
  }

  /** The share of records that moved from one stage to another. */
  record Conversion(String from, String to, ConversionMethod method, Optional<Duration> window)
      implements Formula {
    public Conversion {
      from = Values.text(from);
      to = Values.text(to);
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(window, "window");
    }
  }

  /** How long records took from entering one stage to entering another. */
  record DurationBetween(String from, String to, Statistic statistic) implements Formula {
    public DurationBetween {
      from = Values.text(from);
      to = Values.text(to);
      Objects.requireNonNull(statistic, "statistic");
    }
  }

  /** The total of a numeric field, over the records in a stage or over all records. */
  record SumOfField(String field, Optional<String> stage) implements Formula {
    public SumOfField {
      field = Values.text(field);
      Objects.requireNonNull(stage, "stage");
    }
  }

  /** The share of records, in a stage or over all, that meet every condition. */
  record ShareMeeting(List<Condition> where, Optional<String> stage) implements Formula {
    public ShareMeeting {
      where = Values.list(where);
      Objects.requireNonNull(stage, "stage");
    }
  }

  /** The share of a handoff's SLA clocks that were met in time. */
  record SlaCompliance(String handoff) implements Formula {
    public SlaCompliance {
      handoff = Values.text(handoff);
    }
  }

  /** Exceptions raised per event processed. */
  record ExceptionRate() implements Formula {}

  /** The share of the listed fields that are filled in, sentinels counting as empty. */
  record FieldCompleteness(List<String> fields) implements Formula {
    public FieldCompleteness {
      fields = Values.list(fields);
    }
  }

  /**
   * Of the records that closed in the period, the share that closed won: won / (won + lost), each
   * counted where the record entered the stage.
   */
  record WinRate(String won, List<String> lost) implements Formula {
    public WinRate {
      won = Values.text(won);
      lost = Values.list(lost);
    }
  }

  /**
   * The open pipeline at the end of the period: the total of a money field over the records then
   * standing in one of the stages, optionally as a coverage ratio against a quota.
   */
  record PipelineValue(String field, List<String> stages, Optional<BigDecimal> coverageOf)
      implements Formula {
    public PipelineValue {
      field = Values.text(field);
      stages = Values.list(stages);
      Objects.requireNonNull(coverageOf, "coverageOf");
    }
  }

  /**
   * Sales velocity, value per day: opportunities entering {@code from} in the period, times the
   * mean value of the deals won, times the win rate, over the mean days from {@code from} to won.
   */
  record SalesVelocity(String from, String won, List<String> lost, String field)
      implements Formula {
    public SalesVelocity {
      from = Values.text(from);
      won = Values.text(won);
      lost = Values.list(lost);
      field = Values.text(field);
    }
  }

  /**
   * How fast records created in the period were first touched, in full or one part of it: the
   * system's delay (created to first owner) or the owner's (assigned to first touch).
   */
  record SpeedToLead(SpeedPart part, Statistic statistic) implements Formula {
    public SpeedToLead {
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(statistic, "statistic");
    }
  }

  /** The stages this formula refers to, for checks and for diagrams. */
  default List<String> stages() {
    return switch (this) {
      case CountEntering count -> List.of(count.stage());
      case Conversion conversion -> List.of(conversion.from(), conversion.to());
      case DurationBetween duration -> List.of(duration.from(), duration.to());
      case SumOfField sum -> sum.stage().stream().toList();
      case ShareMeeting share -> share.stage().stream().toList();
      case SlaCompliance ignored -> List.of();
      case ExceptionRate ignored -> List.of();
      case FieldCompleteness ignored -> List.of();
      case WinRate winRate -> concat(winRate.won(), winRate.lost());
      case PipelineValue pipeline -> pipeline.stages();
      case SalesVelocity velocity ->
          concat(velocity.from(), concat(velocity.won(), velocity.lost()));
      case SpeedToLead ignored -> List.of();
    };
  }

  /** The fields this formula refers to. */
  default List<String> fields() {
    return switch (this) {
      case SumOfField sum -> List.of(sum.field());
      case ShareMeeting share -> share.where().stream().map(Condition::field).toList();
      case FieldCompleteness completeness -> completeness.fields();
      case PipelineValue pipeline -> List.of(pipeline.field());
      case SalesVelocity velocity -> List.of(velocity.field());
      default -> List.of();
    };
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return List.copyOf(all);
  }
}
