package dev.accord.core.scorecard;

import dev.accord.core.field.Condition;
import dev.accord.core.shared.Values;
import java.time.Duration;
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
    };
  }

  /** The fields this formula refers to. */
  default List<String> fields() {
    return switch (this) {
      case SumOfField sum -> List.of(sum.field());
      case ShareMeeting share -> share.where().stream().map(Condition::field).toList();
      case FieldCompleteness completeness -> completeness.fields();
      default -> List.of();
    };
  }
}
