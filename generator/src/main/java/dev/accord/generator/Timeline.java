package dev.accord.generator;

import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.ExceptionType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The beats of one story as it is written, at the instants they are planned for, in any order: a
 * rejection's feedback may be written before the nurture emails that come earlier. The story puts
 * them in order when it is told.
 */
final class Timeline {

  /** A beat planted to break a guardrail. */
  record Breach(Beat beat, ExceptionType type) {}

  private final List<Beat> beats = new ArrayList<>();
  private final List<Breach> breaches = new ArrayList<>();

  Beat add(
      String recordId,
      String objectType,
      Instant at,
      String actor,
      Function<EventHeader, RecordEvent> body) {
    return add(recordId, objectType, at, actor, body, false);
  }

  Beat add(
      String recordId,
      String objectType,
      Instant at,
      String actor,
      Function<EventHeader, RecordEvent> body,
      boolean enrichment) {
    Beat beat =
        new Beat(
            recordId,
            objectType,
            at.truncatedTo(ChronoUnit.SECONDS),
            actor,
            body,
            enrichment,
            beats.size());
    beats.add(beat);
    return beat;
  }

  void breach(Beat beat, ExceptionType type) {
    breaches.add(new Breach(beat, type));
  }

  List<Beat> beats() {
    return beats;
  }

  List<Breach> breaches() {
    return breaches;
  }
}
