package dev.accord.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.core.lifecycle.OwnerChange;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.lifecycle.StageMove;
import dev.accord.core.lifecycle.StageTimes;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The JSON of a record's state. Storage keeps a state's field values and stage times as JSON
 * columns, and fingerprints whole states through their canonical line: the same state always gives
 * the same line, so two databases, or a database before and after a rebuild, can be compared by a
 * digest of their lines.
 */
public final class RecordStateJson {

  private static final Set<String> STAGE_TIMES =
      Set.of("firstEntered", "lastEntered", "firstExited", "lastExited", "visits", "completedTime");

  private RecordStateJson() {}

  /** The whole state as one canonical line: every component, maps sorted, histories in order. */
  public static String write(RecordState state) {
    ObjectNode node = Json.object();
    node.put("recordId", state.recordId());
    node.put("objectType", state.objectType());
    node.put("pipeline", state.pipeline());
    node.put("stage", state.stage());
    Json.putTextMap(node, "fields", state.fields());
    Json.putText(node, "owner", state.owner());
    node.set("stageTimes", stageTimesNode(state.stageTimes()));
    ArrayNode moves = node.putArray("stageHistory");
    state.stageHistory().forEach(move -> moves.add(moveNode(move)));
    ArrayNode owners = node.putArray("ownerHistory");
    state.ownerHistory().forEach(change -> owners.add(ownerNode(change)));
    Json.putInstant(node, "createdAt", state.createdAt());
    Json.putInstant(node, "firstTouchAt", state.firstTouchAt());
    Json.putInstant(node, "lastEventAt", state.lastEventAt());
    node.put("eventCount", state.eventCount());
    return Json.line(node);
  }

  /** Field values as a JSON object with sorted keys. */
  public static String writeFields(Map<String, String> fields) {
    ObjectNode node = Json.object();
    Json.putTextMap(node, "fields", fields);
    return Json.line(node.get("fields"));
  }

  /**
   * Reads field values written by {@link #writeFields}.
   *
   * @throws EventJsonException if the text is not an object of texts
   */
  public static SortedMap<String, String> readFields(String json) {
    return JsonObject.parse(json, "fields").asTextMap();
  }

  /** Stage times keyed by stage id, as a JSON object with sorted keys. */
  public static String writeStageTimes(Map<String, StageTimes> stageTimes) {
    return Json.line(stageTimesNode(stageTimes));
  }

  /**
   * Reads stage times written by {@link #writeStageTimes}.
   *
   * @throws EventJsonException if the text is not such stage times; the message names the stage and
   *     the property
   */
  public static SortedMap<String, StageTimes> readStageTimes(String json) {
    SortedMap<String, StageTimes> times = new TreeMap<>();
    JsonObject.parse(json, "stage times")
        .asObjects("stage times of")
        .forEach((stage, object) -> times.put(stage, stageTimes(object)));
    return Collections.unmodifiableSortedMap(times);
  }

  private static StageTimes stageTimes(JsonObject object) {
    object.allowOnly(STAGE_TIMES);
    return new StageTimes(
        object.instant("firstEntered"),
        object.instant("lastEntered"),
        object.optionalInstant("firstExited"),
        object.optionalInstant("lastExited"),
        object.integer("visits"),
        object.duration("completedTime"));
  }

  private static ObjectNode stageTimesNode(Map<String, StageTimes> stageTimes) {
    ObjectNode node = Json.object();
    new TreeMap<>(stageTimes)
        .forEach((stage, times) -> {
          ObjectNode entry = node.putObject(stage);
          Json.putInstant(entry, "firstEntered", times.firstEntered());
          Json.putInstant(entry, "lastEntered", times.lastEntered());
          Json.putInstant(entry, "firstExited", times.firstExited());
          Json.putInstant(entry, "lastExited", times.lastExited());
          entry.put("visits", times.visits());
          entry.put("completedTime", times.completedTime().toString());
        });
    return node;
  }

  private static ObjectNode moveNode(StageMove move) {
    ObjectNode node = Json.object();
    Json.putText(node, "from", move.from());
    node.put("to", move.to());
    Json.putInstant(node, "at", move.at());
    node.put("kind", move.kind().name().toLowerCase(Locale.ROOT));
    node.put("actor", move.actor());
    node.put("source", move.source());
    Json.putText(node, "reasonCode", move.reasonCode());
    node.put("eventKey", move.eventKey());
    return node;
  }

  private static ObjectNode ownerNode(OwnerChange change) {
    ObjectNode node = Json.object();
    Json.putText(node, "from", change.from());
    node.put("to", change.to());
    Json.putInstant(node, "at", change.at());
    node.put("actor", change.actor());
    node.put("eventKey", change.eventKey());
    return node;
  }
}
