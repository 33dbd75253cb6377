package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.exception.ExceptionCase.RoutingFailure;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.routing.Owner;
import dev.accord.storage.LoggedDecision;
import dev.accord.storage.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handoff contract's promise, end to end through the CLI: every record that enters a routed
 * stage gets a routing decision, and every decision names an owner (a person, or the fallback
 * queue) or raised exactly one routing failure. Checked on both example workspaces, where the
 * expected split is worked out from the CSV files with plain Java, and on generated funnels.
 */
class ExampleContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PAGE = 500;

  /**
   * A generated funnel of 2,000 records (seed 7) under the default accord: 517 moves into mql, of
   * which the SDRs take 315 and the revops queue 202 (the SDRs' hours and capacities pass the rest
   * over; a lead holds its SDR's place until it closes or changes hands, so a place freed by a
   * closed lead takes a later one). Seed-stable: the generator and the routing are pure functions
   * of the seed. Were closed leads never to free their place, the SDRs would take only 262.
   */
  private static final int EXPECTED_MQL_ENTRIES = 517;

  private static final int EXPECTED_TO_PEOPLE = 315;
  private static final int EXPECTED_TO_QUEUE = 202;

  @TempDir Path temp;

  /**
   * Who a workspace's routing decisions went to, each keyed by the event that entered the routed
   * stage, and the record of each such event.
   */
  private record Routed(
      Map<String, String> personOf,
      Map<String, String> queueOf,
      Set<String> failedBy,
      Map<String, String> recordOf) {

    int decisions() {
      return personOf.size() + queueOf.size() + failedBy.size();
    }

    /** The people or queues by record, for data in which a record enters a routed stage once. */
    Map<String, String> byRecord(Map<String, String> ownerOf) {
      Map<String, String> byRecord = new TreeMap<>();
      ownerOf.forEach((event, owner) ->
          assertThat(byRecord.put(recordOf.get(event), owner)).as(event).isNull());
      return byRecord;
    }
  }

  @Test
  void every_new_deal_of_the_crm_example_goes_to_an_agent_of_its_regional_office() {
    Path workspace = Examples.copy("crm-sales-opportunities", temp);
    importCsv(workspace, "sales_pipeline.csv");

    // From the CSV alone: the deals created in Prospecting (the routed stage) and the regional
    // office sales_teams.csv gives their agent, which a territory of the accord covers.
    Map<String, String> officeOfAgent = new HashMap<>();
    Map<String, String> agentIdOffice = new HashMap<>();
    for (List<String> row : CsvRows.of(workspace.resolve("sales_teams.csv"))) {
      officeOfAgent.put(row.get(0), row.get(2));
      agentIdOffice.put(personId(row.get(0)), row.get(2));
    }
    Map<String, String> officeOfProspect = new TreeMap<>();
    for (List<String> row : CsvRows.of(workspace.resolve("sales_pipeline.csv"))) {
      if (row.get(4).equals("Prospecting")) {
        officeOfProspect.put(row.get(0), officeOfAgent.getOrDefault(row.get(1), ""));
      }
    }
    long covered =
        officeOfProspect.values().stream()
            .filter(office -> Set.of("Central", "East", "West").contains(office))
            .count();
    assertThat(officeOfProspect).hasSize(500);
    assertThat(covered).isEqualTo(500);

    Routed routed = routed(workspace);

    // Every prospect was routed once, each to an agent of its own office; none was left to the
    // sales queue and none failed.
    Map<String, String> agentOf = routed.byRecord(routed.personOf());
    assertThat(routed.decisions()).isEqualTo(officeOfProspect.size());
    assertThat(agentOf).hasSize(500).containsOnlyKeys(officeOfProspect.keySet());
    assertThat(routed.queueOf()).isEmpty();
    assertThat(routed.failedBy()).isEmpty();
    agentOf.forEach((deal, agent) ->
        assertThat(agentIdOffice.get(agent)).as(deal).isEqualTo(officeOfProspect.get(deal)));
    // The export's 500 prospects are all Central's: its eleven agents share them in turn, the
    // first five taking one more than the other six.
    assertThat(countByOwner(agentOf).values())
        .containsExactlyInAnyOrder(46, 46, 46, 46, 46, 45, 45, 45, 45, 45, 45);
  }

  @Test
  void every_lead_of_the_x_education_example_goes_by_country_or_city_or_to_the_sales_queue() {
    Path workspace = Examples.copy("x-education-leads", temp);
    importCsv(workspace, "Leads.csv");

    // From the CSV alone, rule by rule as the accord's routing section reads.
    Set<String> gulf =
        Set.of("United Arab Emirates", "Saudi Arabia", "Qatar", "Bahrain", "Oman", "Kuwait");
    Set<String> indianCities =
        Set.of(
            "Mumbai",
            "Thane & Outskirts",
            "Other Cities of Maharashtra",
            "Other Metro Cities",
            "Tier II Cities",
            "Other Cities");
    Map<String, String> expected = new TreeMap<>();
    for (List<String> row : CsvRows.of(workspace.resolve("Leads.csv"))) {
      String country = row.get(11);
      String city = row.get(29);
      String where;
      if (country.equals("India")) {
        where = "india";
      } else if (gulf.contains(country)) {
        where = "gulf";
      } else if (!country.isEmpty() && !country.equals("unknown")) {
        where = "rest_of_world";
      } else if (country.isEmpty() && indianCities.contains(city)) {
        where = "indian_city";
      } else {
        where = "sales_queue";
      }
      expected.put(row.get(0), where);
    }
    assertThat(countByOwner(expected))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "india", 6489,
                "gulf", 101,
                "rest_of_world", 181,
                "indian_city", 406,
                "sales_queue", 2060));

    Routed routed = routed(workspace);

    Map<String, String> personOf = routed.byRecord(routed.personOf());
    Map<String, String> queueOf = routed.byRecord(routed.queueOf());
    assertThat(routed.decisions()).isEqualTo(9237);
    assertThat(routed.failedBy()).isEmpty();
    assertThat(personOf).hasSize(6489 + 101 + 181 + 406);
    assertThat(queueOf).hasSize(2060).containsOnlyKeys(keysOf(expected, "sales_queue"));
    assertThat(queueOf.values()).containsOnly("sales");
    Set<String> mumbai = Set.of("rohan_deshmukh", "priya_nair", "sneha_kulkarni", "arjun_iyer");
    Set<String> desk = Set.of("farah_siddiqui", "daniel_fernandes");
    personOf.forEach((lead, person) -> {
      switch (expected.get(lead)) {
        case "india", "indian_city" -> assertThat(mumbai).as(lead).contains(person);
        case "gulf" -> assertThat(person).as(lead).isEqualTo("farah_siddiqui");
        case "rest_of_world" -> assertThat(desk).as(lead).contains(person);
        default -> throw new AssertionError(lead + " should have gone to the queue");
      }
    });
    // The Mumbai rotation holds the senior counsellor twice: of the 6,895 Indian leads he takes
    // two fifths, the three others a fifth each.
    Map<String, Integer> mumbaiShares = new TreeMap<>(countByOwner(personOf));
    mumbaiShares.keySet().retainAll(mumbai);
    assertThat(mumbaiShares)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "rohan_deshmukh", 2758,
                "priya_nair", 1379,
                "sneha_kulkarni", 1379,
                "arjun_iyer", 1379));
  }

  @Test
  void every_generated_lead_entering_mql_is_routed_and_without_a_fallback_queue_fails_once()
      throws IOException {
    Path withQueue = temp.resolve("with-queue");
    Path withoutQueue = temp.resolve("without-queue");
    CliRun.of("init", withQueue.toString());
    CliRun.of("init", withoutQueue.toString());
    Path accord = withoutQueue.resolve("accord.yaml");
    String text = Files.readString(accord);
    assertThat(text).contains("  fallback_queue: revops\n");
    Files.writeString(accord, text.replace("  fallback_queue: revops\n", ""));
    Path events = temp.resolve("events.jsonl");
    CliRun generated =
        CliRun.of(
            "generate",
            "--records",
            "2000",
            "--seed",
            "7",
            "--out",
            events.toString(),
            "--workspace",
            withQueue.toString());
    assertThat(generated.exitCode()).as(generated.all()).isEqualTo(ExitCode.OK);
    importEvents(withQueue, events);
    importEvents(withoutQueue, events);

    // From the event file alone: each move into mql, the stage the default accord routes on.
    List<String> enteringMql = new ArrayList<>();
    for (String line : Files.readAllLines(events)) {
      JsonNode event = JSON.readTree(line);
      boolean created = event.get("type").asText().equals("record_created");
      JsonNode stage = created ? event.get("stage") : event.get("toStage");
      if (stage != null && stage.asText().equals("mql")) {
        enteringMql.add(event.get("idempotencyKey").asText());
      }
    }
    assertThat(enteringMql).hasSize(EXPECTED_MQL_ENTRIES);

    Routed queued = routed(withQueue);
    Routed failing = routed(withoutQueue);

    // With the fallback queue every entry is placed: with a person, or in the revops queue.
    assertThat(queued.recordOf().keySet()).containsExactlyInAnyOrderElementsOf(enteringMql);
    assertThat(queued.failedBy()).isEmpty();
    assertThat(queued.personOf()).hasSize(EXPECTED_TO_PEOPLE);
    assertThat(queued.queueOf()).hasSize(EXPECTED_TO_QUEUE);
    assertThat(queued.queueOf().values()).containsOnly("revops");
    // Without it the same entries go to the same people, and each one the queue took before
    // raised exactly one routing failure instead.
    assertThat(failing.recordOf()).isEqualTo(queued.recordOf());
    assertThat(failing.personOf()).isEqualTo(queued.personOf());
    assertThat(failing.queueOf()).isEmpty();
    assertThat(failing.failedBy()).isEqualTo(queued.queueOf().keySet());
  }

  /**
   * Every routing decision the workspace's store holds, by record; a decision without an owner
   * counts as failed only when its record holds exactly one routing failure, raised by the event
   * that made the decision, and the queue holds no routing failure besides.
   */
  private static Routed routed(Path workspace) {
    Map<String, String> personOf = new TreeMap<>();
    Map<String, String> queueOf = new TreeMap<>();
    Set<String> failedBy = new TreeSet<>();
    Map<String, String> recordOf = new HashMap<>();
    try (Store store = Store.openWorkspace(workspace, Optional.empty())) {
      for (int offset = 0; ; offset += PAGE) {
        List<RecordState> page = store.records(Optional.empty(), PAGE, offset);
        if (page.isEmpty()) {
          break;
        }
        for (RecordState record : page) {
          String id = record.recordId();
          List<String> failures =
              routingFailures(store, id).stream().map(RoutingFailure::eventKey).toList();
          List<String> unplaced = new ArrayList<>();
          for (LoggedDecision logged : store.routingDecisions(id)) {
            String event = logged.eventKey();
            assertThat(recordOf.put(event, id)).as(event).isNull();
            Optional<Owner> owner = logged.decision().owner();
            if (owner.isEmpty()) {
              unplaced.add(event);
            } else if (owner.get() instanceof Owner.Person) {
              personOf.put(event, owner.get().id());
            } else {
              queueOf.put(event, owner.get().id());
            }
          }
          // Each decision that placed nobody raised one failure, and nothing else raised any.
          assertThat(failures).as(id).containsExactlyInAnyOrderElementsOf(unplaced);
          failedBy.addAll(unplaced);
        }
      }
      assertThat(store.exceptionCounts().getOrDefault(ExceptionType.ROUTING_FAILURE, 0L))
          .isEqualTo((long) failedBy.size());
    }
    return new Routed(personOf, queueOf, failedBy, recordOf);
  }

  private static List<RoutingFailure> routingFailures(Store store, String recordId) {
    List<RoutingFailure> failures = new ArrayList<>();
    for (ExceptionCase exception : store.exceptions(Optional.of(recordId), 1000, 0)) {
      if (exception instanceof RoutingFailure failure) {
        failures.add(failure);
      }
    }
    return failures;
  }

  private static void importCsv(Path workspace, String file) {
    CliRun imported =
        CliRun.of(
            "import",
            workspace.resolve(file).toString(),
            "--mapping",
            workspace.resolve("mapping.yaml").toString(),
            "--workspace",
            workspace.toString());
    assertThat(imported.exitCode()).as(imported.all()).isEqualTo(ExitCode.OK);
  }

  private static void importEvents(Path workspace, Path events) {
    CliRun imported = CliRun.of("import", events.toString(), "--workspace", workspace.toString());
    assertThat(imported.exitCode()).as(imported.all()).isEqualTo(ExitCode.OK);
  }

  private static Map<String, Integer> countByOwner(Map<String, String> ownerOf) {
    Map<String, Integer> counts = new TreeMap<>();
    ownerOf.values().forEach(owner -> counts.merge(owner, 1, Integer::sum));
    return counts;
  }

  private static Set<String> keysOf(Map<String, String> map, String value) {
    Set<String> keys = new TreeSet<>();
    map.forEach((key, v) -> {
      if (v.equals(value)) {
        keys.add(key);
      }
    });
    return keys;
  }

  /** The accord's id of a person sales_teams.csv names: {@code Mei-Mei Johns} is mei_mei_johns. */
  private static String personId(String name) {
    return name.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }
}
