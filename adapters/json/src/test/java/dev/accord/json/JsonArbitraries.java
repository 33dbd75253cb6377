package dev.accord.json;

import dev.accord.core.duplicate.DuplicateEvidence;
import dev.accord.core.duplicate.DuplicateSignal;
import dev.accord.core.event.ActivityType;
import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.DataQualityKind;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.lifecycle.StageTimes;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitrary events, exceptions and stage times for the round-trip properties. Texts range over all
 * of Unicode (quotes, backslashes, control characters, emoji) because CRM exports carry all of
 * them; instants over a wide range of years and nanosecond precision.
 */
final class JsonArbitraries {

  private JsonArbitraries() {}

  static Arbitrary<String> text() {
    return Arbitraries.strings().ofMaxLength(12);
  }

  static Arbitrary<String> nonBlank() {
    return text().filter(value -> !value.isBlank());
  }

  static Arbitrary<Instant> instants() {
    return Arbitraries.longs()
        .between(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(), 4_102_444_800L)
        .flatMap(seconds ->
            Arbitraries.integers()
                .between(0, 999_999_999)
                .map(nanos -> Instant.ofEpochSecond(seconds, nanos)));
  }

  static Arbitrary<EventHeader> headers() {
    return Combinators.combine(nonBlank(), text(), instants(), text(), nonBlank(), text())
        .as(EventHeader::new);
  }

  static Arbitrary<RecordEvent> events() {
    Arbitrary<java.util.Map<String, String>> maps = Arbitraries.maps(text(), text()).ofMaxSize(4);
    return Arbitraries.oneOf(
        Combinators.combine(headers(), text(), maps, text().optional())
            .as(RecordEvent.RecordCreated::new),
        Combinators.combine(headers(), maps).as(RecordEvent.FieldsChanged::new),
        Combinators.combine(headers(), text(), text().optional()).as(RecordEvent.StageChanged::new),
        Combinators.combine(headers(), text()).as(RecordEvent.OwnerAssigned::new),
        Combinators.combine(headers(), Arbitraries.of(ActivityType.class))
            .as(RecordEvent.ActivityLogged::new),
        Combinators.combine(headers(), text(), text()).as(RecordEvent.DispositionRecorded::new));
  }

  static Arbitrary<Duration> durations() {
    return Arbitraries.longs()
        .between(-1_000_000_000L, 1_000_000_000L)
        .flatMap(seconds ->
            Arbitraries.integers()
                .between(0, 999_999_999)
                .map(nanos -> Duration.ofSeconds(seconds, nanos)));
  }

  static Arbitrary<ExceptionCase> exceptions() {
    return Arbitraries.oneOf(
        Combinators.combine(text(), text(), instants(), text(), text())
            .as(ExceptionCase.InvalidTransition::new),
        Combinators.combine(text(), text(), instants(), text(), text(), text().optional())
            .as(ExceptionCase.MissingRequiredField::new),
        Combinators.combine(
                text(),
                text(),
                instants(),
                text(),
                text(),
                text().optional(),
                text().list().ofMaxSize(3))
            .as(ExceptionCase.MissingReasonCode::new),
        Combinators.combine(text(), text(), instants(), text(), text())
            .as(ExceptionCase.EntryCriteriaNotMet::new),
        Combinators.combine(text(), text(), instants(), instants(), durations())
            .as(ExceptionCase.OutOfOrderEvent::new),
        Combinators.combine(
                text(),
                text(),
                instants(),
                Arbitraries.of(DataQualityKind.class),
                text(),
                text(),
                text())
            .as(ExceptionCase.DataQualityFinding::new),
        Combinators.combine(text(), text(), instants(), text(), text().list().ofMaxSize(3))
            .as(ExceptionCase.RoutingFailure::new),
        Combinators.combine(
                text(),
                text(),
                instants(),
                text(),
                Arbitraries.of(DuplicateSignal.class).list().ofMaxSize(3),
                evidence().list().ofMaxSize(4))
            .as(ExceptionCase.SuspectedDuplicate::new),
        Combinators.combine(text(), text(), instants(), text(), instants(), instants())
            .as(ExceptionCase.SlaBreach::new),
        Combinators.combine(text(), text(), instants(), text(), text())
            .as(ExceptionCase.ReportingDispute::new));
  }

  private static Arbitrary<DuplicateEvidence> evidence() {
    return Combinators.combine(
            Arbitraries.of(DuplicateEvidence.Attribute.class),
            text(),
            text(),
            Arbitraries.oneOf(Arbitraries.of(0.0, 1.0, 0.92), Arbitraries.doubles().between(0, 1)))
        .as(DuplicateEvidence::new);
  }

  static Arbitrary<StageTimes> stageTimes() {
    return Combinators.combine(
            instants(),
            instants(),
            instants().optional(),
            instants().optional(),
            Arbitraries.integers().between(0, 1000),
            durations())
        .as(StageTimes::new);
  }
}
