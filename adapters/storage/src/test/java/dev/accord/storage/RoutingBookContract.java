package dev.accord.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.calendar.PublicHolidays;
import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.lifecycle.Guardrails;
import dev.accord.core.lifecycle.LifecycleEngine;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.lifecycle.TransitionKind;
import dev.accord.core.routing.Absence;
import dev.accord.core.routing.AccountMatch;
import dev.accord.core.routing.Owner;
import dev.accord.core.routing.Routing;
import dev.accord.core.routing.RoutingRule;
import dev.accord.core.routing.RoutingStrategy;
import dev.accord.core.routing.RoutingTable;
import dev.accord.core.routing.SkipReason;
import dev.accord.core.team.Department;
import dev.accord.core.team.Person;
import dev.accord.core.team.Role;
import dev.accord.core.team.Roster;
import dev.accord.core.team.Team;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the store feeds routing beyond the accord, on every database: capacity that frees up when a
 * routed record closes or is given to someone else, the accounts the account-owner strategy finds
 * among the stored account records, and people's absences.
 */
abstract class RoutingBookContract {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private Store store;

  abstract String newDatabase();

  @BeforeEach
  void open() {
    List<ObjectType> objects = objects();
    RoutingRule existingAccount =
        new RoutingRule(
            "existing_account",
            List.of(),
            new RoutingStrategy.AccountOwner(
                List.of(AccountMatch.EMAIL_DOMAIN, AccountMatch.COMPANY)));
    RoutingRule pool =
        new RoutingRule(
            "pool",
            List.of(),
            new RoutingStrategy.RoundRobin(
                "sdr", List.of(SkipReason.OUT_OF_OFFICE, SkipReason.AT_CAPACITY)));
    Team sdr = new Team("sdr", "SDRs", Department.SALES, Optional.empty(), Optional.empty());
    Team ae =
        new Team("ae", "Account executives", Department.SALES, Optional.empty(), Optional.empty());
    RoutingTable table =
        RoutingTable.of(
            new Routing(List.of("working"), List.of(existingAccount, pool), Optional.empty()),
            new Roster(
                List.of(sdr, ae),
                List.of(
                    person("ann", "sdr"),
                    person("bob", "sdr"),
                    person("carla", "ae"),
                    person("dan", "ae"))),
            List.of(),
            PublicHolidays.none(),
            objects,
            List.of());
    store =
        Store.open(newDatabase())
            .withEngine(LifecycleEngine.of(objects, Guardrails.defaults(), List.of()), 1)
            .withRouting(table);
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** A lead funnel with a closed stage, and accounts with one stage. */
  private static List<ObjectType> objects() {
    List<Stage> stages =
        List.of(
            new Stage("new", "New", "", List.of(), true, false),
            new Stage("working", "Working", "", List.of(), false, false),
            new Stage("lost", "Lost", "", List.of(), false, true));
    List<Transition> transitions =
        List.of(
            new Transition(List.of("new"), "working", TransitionKind.FORWARD, List.of()),
            new Transition(List.of("new", "working"), "lost", TransitionKind.LOST, List.of()));
    ObjectType lead =
        new ObjectType(
            "lead",
            "Lead",
            List.of(),
            List.of(new Pipeline("inbound", "Inbound", stages, transitions)));
    ObjectType account =
        new ObjectType(
            "account",
            "Account",
            List.of(),
            List.of(
                new Pipeline(
                    "accounts",
                    "Accounts",
                    List.of(new Stage("customer", "Customer", "", List.of(), true, false)),
                    List.of())));
    return List.of(lead, account);
  }

  /** Someone who holds at most one open record routed to them. */
  private static Person person(String id, String team) {
    return new Person(
        id,
        id,
        Optional.empty(),
        List.of(team),
        List.of(Role.MEMBER),
        Optional.empty(),
        OptionalInt.of(1),
        1,
        true);
  }

  private static EventHeader header(String recordId, String object, String key, int minute) {
    return new EventHeader(recordId, object, T0.plusSeconds(60L * minute), "test", key, "");
  }

  private static List<RecordEvent> leadToWorking(
      String id, int minute, Map<String, String> fields) {
    return List.of(
        new RecordEvent.RecordCreated(
            header(id, "lead", id + "-c", minute), "new", fields, Optional.empty()),
        new RecordEvent.StageChanged(
            header(id, "lead", id + "-w", minute + 1), "working", Optional.empty()));
  }

  private void ingest(List<RecordEvent> events) {
    store.ingest(events, List.of(), Optional.empty());
  }

  private Optional<String> routedTo(String recordId) {
    return store.routingDecisions(recordId).getLast().decision().owner().map(Owner::id);
  }

  @Test
  void capacityFreesUpWhenARoutedRecordCloses() {
    ingest(leadToWorking("L-1", 0, Map.of()));
    ingest(leadToWorking("L-2", 5, Map.of()));
    ingest(leadToWorking("L-3", 10, Map.of()));
    // Ann and Bob hold one each: the third lead finds nobody with room.
    assertThat(routedTo("L-1")).contains("ann");
    assertThat(routedTo("L-2")).contains("bob");
    assertThat(routedTo("L-3")).isEmpty();

    ingest(
        List.of(
            new RecordEvent.StageChanged(
                header("L-1", "lead", "L-1-lost", 20), "lost", Optional.of("no_budget"))));
    ingest(leadToWorking("L-4", 30, Map.of()));

    assertThat(routedTo("L-4")).contains("ann");
  }

  @Test
  void capacityFreesUpWhenTheRecordIsGivenToSomeoneElse() {
    ingest(leadToWorking("L-1", 0, Map.of()));
    ingest(leadToWorking("L-2", 5, Map.of()));
    ingest(List.of(new RecordEvent.OwnerAssigned(header("L-1", "lead", "L-1-owner", 7), "zoe")));
    // Given to Zoe twice over, Ann's place is freed once.
    ingest(List.of(new RecordEvent.OwnerAssigned(header("L-1", "lead", "L-1-owner2", 8), "yan")));
    ingest(leadToWorking("L-3", 10, Map.of()));
    ingest(leadToWorking("L-4", 15, Map.of()));

    assertThat(routedTo("L-3")).contains("ann");
    assertThat(routedTo("L-4")).isEmpty();
  }

  @Test
  void aLeadFromAKnownCompanyGoesToItsAccountOwner() {
    List<RecordEvent> events = new ArrayList<>();
    events.add(
        new RecordEvent.RecordCreated(
            header("A-1", "account", "A-1-c", 0),
            "customer",
            Map.of("name", "Acme, Inc.", "domain", "www.acme.com"),
            Optional.of("carla")));
    ingest(events);
    ingest(leadToWorking("L-1", 5, Map.of("email", "jo@ACME.com")));
    // An account stored in the same batch is found too.
    ingest(
        List.of(
            new RecordEvent.RecordCreated(
                header("A-2", "account", "A-2-c", 9),
                "customer",
                Map.of("name", "Globex GmbH"),
                Optional.of("dan")),
            leadToWorking("L-2", 10, Map.of("company", "globex")).get(0),
            leadToWorking("L-2", 10, Map.of("company", "globex")).get(1)));

    assertThat(routedTo("L-1")).contains("carla");
    assertThat(store.routingDecisions("L-1").getLast().decision().matchedOn())
        .containsEntry("email domain", "acme.com");
    assertThat(routedTo("L-2")).contains("dan");
  }

  @Test
  void nobodyIsGivenALeadWhileOutOfOffice() {
    long id =
        store.addAbsence(new Absence("ann", T0, T0.plus(Duration.ofDays(1))), "at a conference");
    ingest(leadToWorking("L-1", 0, Map.of()));

    assertThat(routedTo("L-1")).contains("bob");
    assertThat(store.routingDecisions("L-1").getLast().decision().explanation())
        .anySatisfy(line -> assertThat(line).contains("ann").contains("out of office"));
    assertThat(store.absences())
        .singleElement()
        .satisfies(stored -> assertThat(stored.note()).isEqualTo("at a conference"));
    assertThat(store.removeAbsence(id)).isTrue();
    assertThat(store.removeAbsence(id)).isFalse();
  }
}
