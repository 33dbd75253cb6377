package dev.accord.generator;

import dev.accord.core.exception.ExceptionType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One fact of the ground truth: something the generator planted or knows for certain about its
 * funnel, against which duplicate detection, SLA timers, the reorder window and the guardrails are
 * measured.
 */
public sealed interface Truth {

  /**
   * A second record of the same person, spelled slightly differently. Several duplicates of one
   * original are each listed against the original; they are duplicates of each other too.
   */
  record PlantedDuplicate(String originalId, String duplicateId, List<Variation> variations)
      implements Truth {
    public PlantedDuplicate {
      Objects.requireNonNull(originalId, "originalId");
      Objects.requireNonNull(duplicateId, "duplicateId");
      variations = List.copyOf(variations);
    }
  }

  /**
   * An event delivered after a younger event of the same record: the engine sees it as older than
   * the record's latest event.
   *
   * @param newestBefore the occurrence instant of the youngest event of the record delivered before
   *     it
   * @param beyondWindow whether it is older than that by more than the accord's reorder window
   */
  record LateEvent(
      String recordId,
      String eventKey,
      Instant occurredAt,
      Instant newestBefore,
      boolean beyondWindow)
      implements Truth {
    public LateEvent {
      Objects.requireNonNull(recordId, "recordId");
      Objects.requireNonNull(eventKey, "eventKey");
      Objects.requireNonNull(occurredAt, "occurredAt");
      Objects.requireNonNull(newestBefore, "newestBefore");
    }

    /** How much older it is than the record's latest event at delivery. */
    public Duration lag() {
      return Duration.between(occurredAt, newestBefore);
    }
  }

  /**
   * One run of a handoff's SLA clock on a record, as the generator reads the handoff: the clock
   * starts on entering the handoff's source stage (or on the assignment there, when the handoff
   * says so; or, for feedback, on the move the handoff guards); it stops on the first touch, the
   * acceptance or the feedback it is met by, or when the record leaves the source stage another
   * way; it is breached when it stops after its due instant or never stops. Handoffs with pauses or
   * clocks that restart on activity are not timed here.
   *
   * @param stoppedAt when the clock stopped; empty when nothing ever stopped it
   */
  record SlaClock(
      String handoffId,
      String recordId,
      Instant startedAt,
      Instant dueAt,
      Optional<Instant> stoppedAt,
      boolean breached)
      implements Truth {
    public SlaClock {
      Objects.requireNonNull(handoffId, "handoffId");
      Objects.requireNonNull(recordId, "recordId");
      Objects.requireNonNull(startedAt, "startedAt");
      Objects.requireNonNull(dueAt, "dueAt");
      Objects.requireNonNull(stoppedAt, "stoppedAt");
    }
  }

  /**
   * An event planted to break a guardrail: a stage skipped ({@link
   * ExceptionType#INVALID_TRANSITION}) or a move without its reason code ({@link
   * ExceptionType#MISSING_REASON_CODE}). The record's story ends there.
   */
  record PlantedBreach(String recordId, String eventKey, ExceptionType type) implements Truth {
    public PlantedBreach {
      Objects.requireNonNull(recordId, "recordId");
      Objects.requireNonNull(eventKey, "eventKey");
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * A field left out, or filled with a placeholder, when the record's details were first written.
   *
   * @param placeholder the placeholder written, such as {@code Select}; empty when left out
   */
  record DataGap(String recordId, String field, Optional<String> placeholder) implements Truth {
    public DataGap {
      Objects.requireNonNull(recordId, "recordId");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(placeholder, "placeholder");
    }
  }
}
