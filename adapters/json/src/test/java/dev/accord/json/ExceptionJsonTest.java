package dev.accord.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.core.exception.DataQualityKind;
import dev.accord.core.exception.ExceptionCase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ExceptionJsonTest {

  private static final Instant AT = Instant.parse("2026-01-05T14:03:00Z");

  @Test
  void writesTheTypeFirstThenTheEvidence() {
    var missing =
        new ExceptionCase.MissingRequiredField(
            "L-1", "hs-981", AT, "sql", "budget", Optional.of("Select"));

    assertThat(ExceptionJson.write(missing))
        .isEqualTo(
            "{\"type\":\"missing_required_field\",\"recordId\":\"L-1\",\"eventKey\":\"hs-981\","
                + "\"occurredAt\":\"2026-01-05T14:03:00Z\",\"stage\":\"sql\",\"field\":\"budget\","
                + "\"found\":\"Select\"}");
  }

  @Test
  void writesDurationsListsAndKindsReadably() {
    assertThat(
            ExceptionJson.write(
                new ExceptionCase.OutOfOrderEvent(
                    "L-1", "k", AT, AT.plusSeconds(7200), Duration.ofHours(1))))
        .endsWith("\"latestApplied\":\"2026-01-05T16:03:00Z\",\"window\":\"PT1H\"}");
    assertThat(
            ExceptionJson.write(
                new ExceptionCase.MissingReasonCode(
                    "L-1", "k", AT, "sal", "recycled", Optional.empty(), List.of("timing", "fit"))))
        .endsWith("\"from\":\"sal\",\"to\":\"recycled\",\"allowed\":[\"timing\",\"fit\"]}");
    assertThat(
            ExceptionJson.write(
                new ExceptionCase.DataQualityFinding(
                    "O-1",
                    "row-7",
                    AT,
                    DataQualityKind.UNKNOWN_REFERENCE,
                    "product",
                    "GTXPro",
                    "no product GTXPro")))
        .contains("\"type\":\"data_quality\"", "\"kind\":\"unknown_reference\"");
  }

  @Test
  void namesTheBadPropertyAndTheType() {
    assertThatThrownBy(() ->
            ExceptionJson.read(
                "{\"type\":\"data_quality\",\"recordId\":\"O-1\",\"eventKey\":\"k\","
                    + "\"occurredAt\":\"2026-01-05T14:03:00Z\",\"kind\":\"typo\"}"))
        .isInstanceOf(EventJsonException.class)
        .hasMessage(
            "data_quality exception: property 'kind' must be one of sentinel, unknown_reference,"
                + " unknown_stage, unknown_value, unparseable_value, inconsistent_spelling,"
                + " duplicate_creation, unknown_record, not 'typo'");
    assertThatThrownBy(() ->
            ExceptionJson.read(
                "{\"type\":\"out_of_order_event\",\"recordId\":\"L-1\",\"eventKey\":\"k\","
                    + "\"occurredAt\":\"2026-01-05T14:03:00Z\","
                    + "\"latestApplied\":\"2026-01-05T14:03:00Z\",\"window\":\"1 hour\"}"))
        .hasMessage(
            "out_of_order_event exception: property 'window' is not an ISO-8601 duration such as"
                + " PT1H: '1 hour'");
    assertThatThrownBy(() -> ExceptionJson.read("{\"type\":\"invalid_transition\"}"))
        .hasMessage("invalid_transition exception: property 'recordId' is missing");
  }

  @Property
  void readingWhatWasWrittenGivesTheSameException(@ForAll("exceptions") ExceptionCase exception) {
    assertThat(ExceptionJson.read(ExceptionJson.write(exception))).isEqualTo(exception);
  }

  @Property
  void aDamagedLineFailsOnlyWithEventJsonException(
      @ForAll("exceptions") ExceptionCase exception, @ForAll("damage") Damage damage) {
    EventJsonPropertiesTest.assertOnlyEventJsonException(
        org.assertj.core.api.Assertions.catchThrowable(
            () -> ExceptionJson.read(damage.to(ExceptionJson.write(exception)))));
  }

  @Provide
  Arbitrary<ExceptionCase> exceptions() {
    return JsonArbitraries.exceptions();
  }

  @Provide
  Arbitrary<Damage> damage() {
    return Damage.arbitrary();
  }
}
