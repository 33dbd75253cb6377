package dev.accord.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.core.event.ActivityType;
import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventJsonTest {

  private static final EventHeader HEADER =
      new EventHeader(
          "L-1", "lead", Instant.parse("2026-01-05T14:03:00Z"), "hubspot", "hs-981", "maria");

  @Test
  void writesTheDocumentedLine() {
    var moved = new RecordEvent.StageChanged(HEADER, "sal", Optional.of("no_budget"));

    assertThat(EventJson.write(moved))
        .isEqualTo(
            "{\"type\":\"stage_changed\",\"recordId\":\"L-1\",\"objectType\":\"lead\","
                + "\"occurredAt\":\"2026-01-05T14:03:00Z\",\"source\":\"hubspot\","
                + "\"idempotencyKey\":\"hs-981\",\"actor\":\"maria\",\"toStage\":\"sal\","
                + "\"reasonCode\":\"no_budget\"}");
  }

  @Test
  void writesFieldsSortedAndLeavesOutAnAbsentOwner() {
    // The same event must always give the same line, whatever map it was built from.
    var created =
        new RecordEvent.RecordCreated(
            HEADER, "new", Map.of("zip", "10115", "email", "a@b.c"), Optional.empty());

    assertThat(EventJson.write(created))
        .endsWith("\"stage\":\"new\",\"fields\":{\"email\":\"a@b.c\",\"zip\":\"10115\"}}")
        .doesNotContain("owner");
  }

  @Test
  void readsEveryTypeWrittenByHand() {
    String header =
        "\"recordId\":\"L-1\",\"objectType\":\"lead\",\"occurredAt\":\"2026-01-05T14:03:00Z\","
            + "\"source\":\"hubspot\",\"idempotencyKey\":\"hs-981\",\"actor\":\"maria\"";

    assertThat(
            EventJson.read(
                "{\"type\":\"record_created\","
                    + header
                    + ",\"stage\":\"new\",\"fields\":{\"email\":\"a@b.c\"},\"owner\":\"ana\"}"))
        .isEqualTo(
            new RecordEvent.RecordCreated(
                HEADER, "new", Map.of("email", "a@b.c"), Optional.of("ana")));
    assertThat(
            EventJson.read(
                "{\"type\":\"fields_changed\"," + header + ",\"changes\":{\"email\":\"\"}}"))
        .isEqualTo(new RecordEvent.FieldsChanged(HEADER, Map.of("email", "")));
    assertThat(EventJson.read("{\"type\":\"stage_changed\"," + header + ",\"toStage\":\"mql\"}"))
        .isEqualTo(new RecordEvent.StageChanged(HEADER, "mql", Optional.empty()));
    assertThat(EventJson.read("{\"type\":\"owner_assigned\"," + header + ",\"owner\":\"ana\"}"))
        .isEqualTo(new RecordEvent.OwnerAssigned(HEADER, "ana"));
    assertThat(
            EventJson.read("{\"type\":\"activity_logged\"," + header + ",\"activity\":\"call\"}"))
        .isEqualTo(new RecordEvent.ActivityLogged(HEADER, ActivityType.CALL));
    assertThat(
            EventJson.read(
                "{\"type\":\"disposition_recorded\","
                    + header
                    + ",\"reasonCode\":\"no_budget\",\"note\":\"next year\"}"))
        .isEqualTo(new RecordEvent.DispositionRecorded(HEADER, "no_budget", "next year"));
  }

  @Test
  void aHeaderMayLeaveOutObjectTypeSourceAndActor() {
    RecordEvent event =
        EventJson.read(
            "{\"type\":\"owner_assigned\",\"recordId\":\"L-1\","
                + "\"occurredAt\":\"2026-01-05T15:03:00+01:00\",\"idempotencyKey\":\"k\","
                + "\"owner\":\"ana\"}");

    // An offset is converted to UTC: the line names the same instant.
    assertThat(event.header())
        .isEqualTo(new EventHeader("L-1", "", Instant.parse("2026-01-05T14:03:00Z"), "", "k", ""));
  }

  @Test
  void namesTheMissingPropertyAndTheType() {
    assertThatThrownBy(() ->
            EventJson.read(
                "{\"type\":\"stage_changed\",\"recordId\":\"L-1\","
                    + "\"occurredAt\":\"2026-01-05T14:03:00Z\",\"idempotencyKey\":\"k\"}"))
        .isInstanceOf(EventJsonException.class)
        .hasMessage("stage_changed event: property 'toStage' is missing");
    assertThatThrownBy(() -> EventJson.read("{\"recordId\":\"L-1\"}"))
        .hasMessage("event: property 'type' is missing");
  }

  @Test
  void namesABadValue() {
    String start = "{\"type\":\"activity_logged\",\"recordId\":\"L-1\",\"idempotencyKey\":\"k\",";

    assertThatThrownBy(
            () -> EventJson.read(start + "\"occurredAt\":\"5 Jan 2026\",\"activity\":\"call\"}"))
        .hasMessage(
            "activity_logged event: property 'occurredAt' is not an ISO-8601 instant such as"
                + " 2026-01-05T14:03:00Z: '5 Jan 2026'");
    assertThatThrownBy(() ->
            EventJson.read(start + "\"occurredAt\":\"2026-01-05T14:03:00Z\",\"activity\":\"fax\"}"))
        .hasMessage(
            "activity_logged event: property 'activity' must be one of email, call, meeting,"
                + " not 'fax'");
    assertThatThrownBy(
            () -> EventJson.read(start + "\"occurredAt\":\"2026-01-05T14:03:00Z\",\"activity\":7}"))
        .hasMessage("activity_logged event: property 'activity' must be text, not a number");
    assertThatThrownBy(() ->
            EventJson.read(
                "{\"type\":\"fields_changed\",\"recordId\":\"L-1\",\"idempotencyKey\":\"k\","
                    + "\"occurredAt\":\"2026-01-05T14:03:00Z\",\"changes\":{\"amount\":5}}"))
        .hasMessage("fields_changed event: property 'changes.amount' must be text, not a number");
    assertThatThrownBy(() ->
            EventJson.read(
                "{\"type\":\"owner_assigned\",\"recordId\":\" \",\"idempotencyKey\":\"k\","
                    + "\"occurredAt\":\"2026-01-05T14:03:00Z\",\"owner\":\"ana\"}"))
        .hasMessage("owner_assigned event: property 'recordId' is blank");
  }

  @Test
  void refusesAnUnknownTypeOrProperty() {
    assertThatThrownBy(() -> EventJson.read("{\"type\":\"lead_scored\"}"))
        .hasMessage(
            "event: unknown type 'lead_scored'; expected one of record_created, fields_changed,"
                + " stage_changed, owner_assigned, activity_logged, disposition_recorded");
    // A misspelt optional property would otherwise vanish without a word.
    assertThatThrownBy(() ->
            EventJson.read(
                "{\"type\":\"stage_changed\",\"recordId\":\"L-1\",\"idempotencyKey\":\"k\","
                    + "\"occurredAt\":\"2026-01-05T14:03:00Z\",\"toStage\":\"sal\","
                    + "\"reasoncode\":\"x\"}"))
        .hasMessage(
            "stage_changed event: unknown property 'reasoncode'; expected actor, idempotencyKey,"
                + " objectType, occurredAt, reasonCode, recordId, source, toStage, type");
  }

  @Test
  void refusesWhatIsNotOneJsonObject() {
    assertThatThrownBy(() -> EventJson.read("[1,2]"))
        .hasMessage("event: expected a JSON object, found an array instead");
    assertThatThrownBy(() -> EventJson.read(""))
        .hasMessage("event: expected a JSON object, found nothing instead");
    assertThatThrownBy(() -> EventJson.read("{\"type\":\"x\"} {}"))
        .isInstanceOf(EventJsonException.class)
        .hasMessage("event: more text after the JSON object at column 14");
    assertThatThrownBy(() -> EventJson.read("{\"type\":\"x\",\"type\":\"y\"}"))
        .hasMessage("event: not valid JSON at column 19: Duplicate field 'type'");
    assertThatThrownBy(() -> EventJson.read("{\"type\":"))
        .hasMessageStartingWith("event: not valid JSON at column 9: Unexpected end-of-input");
  }
}
