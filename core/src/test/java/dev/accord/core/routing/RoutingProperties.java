package dev.accord.core.routing;

import static dev.accord.core.routing.Routes.MONDAY_MORNING;
import static dev.accord.core.routing.Routes.condition;
import static dev.accord.core.routing.Routes.lead;
import static dev.accord.core.routing.Routes.roundRobin;
import static dev.accord.core.routing.Routes.rule;
import static dev.accord.core.routing.Routes.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.field.Operator;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.team.Person;
import dev.accord.core.team.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the record and the roster, routing decides: a person who can take the record, the
 * fallback queue, or a routing failure — never an exception, never an inactive or full owner.
 */
class RoutingProperties {

  private static final RoutingRule STRATEGIC =
      rule(
          "strategic",
          new RoutingStrategy.NamedOwner("p0"),
          condition("employees", Operator.GTE, "1000"));
  private static final RoutingRule EXISTING =
      rule("existing_account", new RoutingStrategy.AccountOwner(List.of()));
  private static final RoutingRule BY_REGION =
      rule(
          "by_region",
          new RoutingStrategy.Territory(
              "country",
              List.of(
                  new TerritoryArea("EMEA", List.of("DE", "GB"), "p1"),
                  new TerritoryArea("Americas", List.of("US"), "sdr"))));
  private static final RoutingRule SDR_POOL = rule("sdr_pool", roundRobin("sdr"));

  /** The rules whose owner comes round the SDR team, with all four reasons to skip. */
  private static final List<String> TEAM_RULES = List.of("sdr_pool", "by_region");

  @Property(tries = 300)
  void routingAlwaysDecidesAndNeverGivesARecordToSomeoneWhoCannotTakeIt(
      @ForAll("people") List<Person> people,
      @ForAll("records") RecordState record,
      @ForAll("instants") Instant at,
      @ForAll("loads") Map<String, Integer> load,
      @ForAll boolean fallback,
      @ForAll boolean sdrFirst) {
    Optional<String> queue = fallback ? Optional.of("revops") : Optional.empty();
    RoutingTable routing =
        sdrFirst
            ? table(people, queue, SDR_POOL, STRATEGIC)
            : table(people, queue, EXISTING, STRATEGIC, BY_REGION, SDR_POOL);
    RoutingContext context = context(load);

    RoutingDecision decision = routing.route(record, at, context);

    if (decision.owner().isEmpty()) {
      assertThat(queue).isEmpty();
      assertThat(decision.failure("k")).isPresent();
    } else if (decision.owner().get() instanceof Owner.Queue q) {
      assertThat(queue).contains(q.id());
      assertThat(decision.rule()).isEmpty();
    } else {
      Person owner = find(people, decision.owner().get().id());
      assertThat(owner.active()).isTrue();
      if (TEAM_RULES.contains(decision.rule().orElseThrow()) && !"p1".equals(owner.id())) {
        assertThat(owner.belongsTo("sdr")).isTrue();
        assertThat(context.isAway(owner.id(), at)).isFalse();
        owner
            .capacity()
            .ifPresent(cap -> assertThat(context.openRecordsOf(owner.id())).isLessThan(cap));
      }
    }
    assertThat(decision.explanation()).isNotEmpty();
    // The same inputs decide the same, to the last word of the explanation.
    assertThat(routing.route(record, at, context)).isEqualTo(decision);
  }

  private static RoutingContext context(Map<String, Integer> load) {
    RoutingContext context =
        RoutingContext.empty()
            .withAccounts(AccountIndex.empty().withAccount("acme.com", "Acme", "p2"))
            .withAbsence(
                new Absence("p3", MONDAY_MORNING, MONDAY_MORNING.plus(Duration.ofDays(2))));
    for (Map.Entry<String, Integer> open : load.entrySet()) {
      context = context.withOpenRecords(open.getKey(), open.getValue());
    }
    return context;
  }

  private static Person find(List<Person> people, String id) {
    return people.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  @Provide
  Arbitrary<List<Person>> people() {
    return Arbitraries.integers()
        .between(1, 6)
        .flatMap(count -> {
          List<Arbitrary<Person>> each = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            each.add(person("p" + i));
          }
          return Combinators.combine(each).as(List::copyOf);
        });
  }

  private static Arbitrary<Person> person(String id) {
    Arbitrary<List<String>> teams =
        Arbitraries.of(List.of("sdr"), List.of("revops"), List.of("sdr", "revops"));
    Arbitrary<Optional<ZoneId>> zones =
        Arbitraries.of("Europe/London", "America/New_York", "Asia/Tokyo", "Pacific/Kiritimati")
            .map(ZoneId::of)
            .optional();
    Arbitrary<OptionalInt> capacities =
        Arbitraries.integers()
            .between(0, 3)
            .map(OptionalInt::of)
            .injectNull(0.3)
            .map(c -> c == null ? OptionalInt.empty() : c);
    return Combinators.combine(
            teams,
            zones,
            capacities,
            Arbitraries.integers().between(1, 5),
            Arbitraries.of(true, true, false))
        .as((team, zone, capacity, weight, active) ->
            new Person(
                id,
                id,
                Optional.empty(),
                team,
                List.of(Role.MEMBER),
                zone,
                capacity,
                weight,
                active));
  }

  @Provide
  Arbitrary<RecordState> records() {
    Arbitrary<String> countries = Arbitraries.of("DE", "gb", " US ", "JP", "", "Select", "N/A");
    Arbitrary<String> employees = Arbitraries.of("5000", "999", "1000.0", "many", "", "N/A");
    Arbitrary<String> emails =
        Arbitraries.of("ann@acme.com", "bob@ACME.COM", "x@gmail.com", "@", "not an email", "");
    Arbitrary<String> companies = Arbitraries.of("Acme, Inc.", "Globex", "Inc.", "", "N/A");
    Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(8);
    return Combinators.combine(
            Arbitraries.oneOf(countries, anything).optional(),
            Arbitraries.oneOf(employees, anything).optional(),
            Arbitraries.oneOf(emails, anything).optional(),
            Arbitraries.oneOf(companies, anything).optional())
        .as((country, employeeCount, email, company) -> {
          Map<String, String> fields = new HashMap<>();
          country.ifPresent(v -> fields.put("country", v));
          employeeCount.ifPresent(v -> fields.put("employees", v));
          email.ifPresent(v -> fields.put("email", v));
          company.ifPresent(v -> fields.put("company", v));
          return lead("L-1", fields);
        });
  }

  @Provide
  Arbitrary<Instant> instants() {
    // Over a week from Monday, so that nights, the weekend and absences all come up.
    return Arbitraries.longs()
        .between(0, Duration.ofDays(7).toMinutes())
        .map(minutes -> MONDAY_MORNING.plus(Duration.ofMinutes(minutes)));
  }

  @Provide
  Arbitrary<Map<String, Integer>> loads() {
    return Arbitraries.maps(
            Arbitraries.of("p0", "p1", "p2", "p3", "p4", "p5"),
            Arbitraries.integers().between(0, 4))
        .ofMaxSize(6);
  }
}
