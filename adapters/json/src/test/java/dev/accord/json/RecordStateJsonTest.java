package dev.accord.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.core.lifecycle.OwnerChange;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.lifecycle.StageMove;
import dev.accord.core.lifecycle.StageTimes;
import dev.accord.core.lifecycle.TransitionKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RecordStateJsonTest {

  private static final Instant CREATED = Instant.parse("2026-01-05T14:00:00Z");
  private static final Instant MOVED = Instant.parse("2026-01-06T09:30:00Z");

  @Test
  void writesAWholeStateAsOneCanonicalLine() {
    var state =
        new RecordState(
            "L-1",
            "lead",
            "inbound",
            "mql",
            new TreeMap<>(Map.of("source", "webinar", "email", "a@b.c")),
            Optional.of("ana"),
            new TreeMap<>(
                Map.of(
                    "new",
                    StageTimes.enteredAt(CREATED).exitedAt(MOVED),
                    "mql",
                    StageTimes.enteredAt(MOVED))),
            List.of(
                new StageMove(
                    Optional.empty(),
                    "new",
                    CREATED,
                    TransitionKind.FORWARD,
                    "",
                    "hubspot",
                    Optional.empty(),
                    "k1"),
                new StageMove(
                    Optional.of("new"),
                    "mql",
                    MOVED,
                    TransitionKind.FORWARD,
                    "maria",
                    "hubspot",
                    Optional.of("fit"),
                    "k2")),
            List.of(new OwnerChange(Optional.empty(), "ana", CREATED, "router", "k1")),
            CREATED,
            Optional.empty(),
            MOVED,
            2);

    assertThat(RecordStateJson.write(state))
        .isEqualTo(
            "{\"recordId\":\"L-1\",\"objectType\":\"lead\",\"pipeline\":\"inbound\","
                + "\"stage\":\"mql\",\"fields\":{\"email\":\"a@b.c\",\"source\":\"webinar\"},"
                + "\"owner\":\"ana\",\"stageTimes\":{"
                + "\"mql\":{\"firstEntered\":\"2026-01-06T09:30:00Z\","
                + "\"lastEntered\":\"2026-01-06T09:30:00Z\",\"visits\":1,\"completedTime\":\"PT0S\"},"
                + "\"new\":{\"firstEntered\":\"2026-01-05T14:00:00Z\","
                + "\"lastEntered\":\"2026-01-05T14:00:00Z\",\"firstExited\":\"2026-01-06T09:30:00Z\","
                + "\"lastExited\":\"2026-01-06T09:30:00Z\",\"visits\":1,"
                + "\"completedTime\":\"PT19H30M\"}},"
                + "\"stageHistory\":[{\"to\":\"new\",\"at\":\"2026-01-05T14:00:00Z\","
                + "\"kind\":\"forward\",\"actor\":\"\",\"source\":\"hubspot\",\"eventKey\":\"k1\"},"
                + "{\"from\":\"new\",\"to\":\"mql\",\"at\":\"2026-01-06T09:30:00Z\","
                + "\"kind\":\"forward\",\"actor\":\"maria\",\"source\":\"hubspot\","
                + "\"reasonCode\":\"fit\",\"eventKey\":\"k2\"}],"
                + "\"ownerHistory\":[{\"to\":\"ana\",\"at\":\"2026-01-05T14:00:00Z\","
                + "\"actor\":\"router\",\"eventKey\":\"k1\"}],"
                + "\"createdAt\":\"2026-01-05T14:00:00Z\",\"lastEventAt\":\"2026-01-06T09:30:00Z\","
                + "\"eventCount\":2}");
  }

  @Test
  void namesTheStageOfBadStageTimes() {
    assertThatThrownBy(() ->
            RecordStateJson.readStageTimes(
                "{\"mql\":{\"firstEntered\":\"2026-01-06T09:30:00Z\","
                    + "\"lastEntered\":\"2026-01-06T09:30:00Z\",\"visits\":1.5,"
                    + "\"completedTime\":\"PT0S\"}}"))
        .isInstanceOf(EventJsonException.class)
        .hasMessage("stage times of 'mql': property 'visits' must be a whole number, not a number");
    assertThatThrownBy(() -> RecordStateJson.readFields("{\"email\":null}"))
        .hasMessage("fields: property 'email' must be text, not null");
  }

  @Property
  void fieldsRoundTrip(@ForAll("fields") Map<String, String> fields) {
    assertThat(RecordStateJson.readFields(RecordStateJson.writeFields(fields))).isEqualTo(fields);
  }

  @Property
  void stageTimesRoundTrip(@ForAll("stageTimes") Map<String, StageTimes> stageTimes) {
    assertThat(RecordStateJson.readStageTimes(RecordStateJson.writeStageTimes(stageTimes)))
        .isEqualTo(stageTimes);
  }

  @Provide
  Arbitrary<Map<String, String>> fields() {
    return Arbitraries.maps(JsonArbitraries.text(), JsonArbitraries.text()).ofMaxSize(5);
  }

  @Provide
  Arbitrary<Map<String, StageTimes>> stageTimes() {
    return Arbitraries.maps(JsonArbitraries.text(), JsonArbitraries.stageTimes()).ofMaxSize(4);
  }
}
