package dev.accord.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The JSON of what routing keeps between decisions: a decision's explanation as an array of lines,
 * and the ledger's counts (each team's next turn, each person's open records) as objects of whole
 * numbers with sorted keys.
 */
public final class RoutingJson {

  private RoutingJson() {}

  /** The explanation's lines as a JSON array, in order. */
  public static String writeExplanation(List<String> lines) {
    ArrayNode array = Json.object().arrayNode();
    lines.forEach(array::add);
    return Json.line(array);
  }

  /**
   * Reads an explanation written by {@link #writeExplanation}.
   *
   * @throws EventJsonException if the text is not an array of texts
   */
  public static List<String> readExplanation(String json) {
    JsonNode node = Json.parse(json, "routing explanation");
    ObjectNode holder = Json.object();
    holder.set("lines", node);
    return new JsonObject(holder, "routing explanation").textList("lines");
  }

  /** Counts keyed by team or person, as a JSON object with sorted keys. */
  public static String writeCounts(Map<String, Integer> counts) {
    ObjectNode node = Json.object();
    new TreeMap<>(counts).forEach(node::put);
    return Json.line(node);
  }

  /**
   * Reads counts written by {@link #writeCounts}.
   *
   * @throws EventJsonException if the text is not an object of whole numbers
   */
  public static SortedMap<String, Integer> readCounts(String json, String what) {
    return JsonObject.parse(json, what).asIntegerMap();
  }
}
