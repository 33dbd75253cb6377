package dev.accord.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.core.sla.SlaTimer;
import dev.accord.core.sla.SlaTimers;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of a record's SLA clocks as the store keeps them between events: everything {@link
 * SlaTimers} holds, so that the clocks read back go on exactly as if they had never left memory.
 */
public final class SlaJson {

  private static final String WHAT = "SLA clocks";

  private SlaJson() {}

  public static String write(SlaTimers timers) {
    ObjectNode node = Json.object();
    node.put("recordId", timers.recordId());
    Json.putInstant(node, "asOf", timers.asOf());
    Json.putText(node, "stage", timers.stage());
    Json.putText(node, "owner", timers.owner());
    Json.putInstant(node, "createdAt", timers.createdAt());
    Json.putInstant(node, "assignedAt", timers.assignedAt());
    Json.putInstant(node, "firstTouchAt", timers.firstTouchAt());
    ArrayNode awaiting = node.putArray("awaitingAssignment");
    timers.awaitingAssignment().forEach(awaiting::add);
    ArrayNode runs = node.putArray("timers");
    for (SlaTimer timer : timers.timers()) {
      ObjectNode run = runs.addObject();
      run.put("handoffId", timer.handoffId());
      run.put("run", timer.run());
      Json.putInstant(run, "startedAt", timer.startedAt());
      Json.putInstant(run, "dueAt", timer.dueAt());
      run.put("status", timer.status().name());
      run.put("budget", timer.budget().toString());
      run.put("used", timer.used().toString());
      Json.putInstant(run, "segmentStart", timer.segmentStart());
      Json.putInstant(run, "stoppedAt", timer.stoppedAt());
      run.put("breached", timer.breached());
      ArrayNode fired = run.putArray("firedSteps");
      timer.firedSteps().forEach(fired::add);
    }
    return Json.line(node);
  }

  /**
   * Reads clocks written by {@link #write}.
   *
   * @throws EventJsonException if the text is not such clocks
   */
  public static SlaTimers read(String json) {
    JsonObject node = JsonObject.parse(json, WHAT);
    List<SlaTimer> timers = new ArrayList<>();
    for (JsonObject run : node.objectList("timers", "an SLA run")) {
      timers.add(
          new SlaTimer(
              run.nonBlankText("handoffId"),
              run.integer("run"),
              run.instant("startedAt"),
              run.instant("dueAt"),
              status(run),
              run.duration("budget"),
              run.duration("used"),
              run.instant("segmentStart"),
              run.optionalInstant("stoppedAt"),
              run.bool("breached"),
              run.integerList("firedSteps")));
    }
    return new SlaTimers(
        node.nonBlankText("recordId"),
        node.optionalInstant("asOf"),
        node.optionalText("stage"),
        node.optionalText("owner"),
        node.optionalInstant("createdAt"),
        node.optionalInstant("assignedAt"),
        node.optionalInstant("firstTouchAt"),
        node.textList("awaitingAssignment"),
        timers);
  }

  private static SlaTimer.Status status(JsonObject run) {
    String status = run.nonBlankText("status");
    try {
      return SlaTimer.Status.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw run.problem("property 'status' is not a run status: '" + status + "'");
    }
  }
}
