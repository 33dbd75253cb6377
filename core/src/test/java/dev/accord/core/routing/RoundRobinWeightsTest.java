package dev.accord.core.routing;

import static dev.accord.core.routing.Routes.MONDAY_MORNING;
import static dev.accord.core.routing.Routes.lead;
import static dev.accord.core.routing.Routes.person;
import static dev.accord.core.routing.Routes.roundRobin;
import static dev.accord.core.routing.Routes.rule;
import static dev.accord.core.routing.Routes.table;
import static dev.accord.core.routing.Routes.weighing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Round-robin shares records by weight, spreads the turns, and is the same on every replay. */
class RoundRobinWeightsTest {

  private static final RoutingRule SDR_POOL = rule("sdr_pool", roundRobin("sdr"));

  private final RoutingTable routing =
      table(
          List.of(
              weighing(person("maria", "sdr"), 5),
              weighing(person("sam", "sdr"), 3),
              weighing(person("emma", "sdr"), 2)),
          Optional.of("revops"),
          SDR_POOL);

  @Test
  void overAHundredAssignmentsEachTeammatesShareIsTheirWeight() {
    List<String> owners = owners(routing, 100, RoutingContext.empty());

    Map<String, Long> shares =
        owners.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(shares)
        .containsOnly(Map.entry("maria", 50L), Map.entry("sam", 30L), Map.entry("emma", 20L));
  }

  @Test
  void aHeavyTeammatesTurnsAreSpreadOutNotClumped() {
    RoutingTable threeToOne =
        table(
            List.of(weighing(person("maria", "sdr"), 3), person("sam", "sdr")),
            Optional.empty(),
            SDR_POOL);

    assertThat(owners(threeToOne, 8, RoutingContext.empty()))
        .containsExactly("maria", "maria", "sam", "maria", "maria", "maria", "sam", "maria");
  }

  @Test
  void aTeammatePassedOverLosesTheTurnRatherThanSavingItUp() {
    // Maria is away for the first two records; back, she takes her own turns and no more.
    RoutingTable even =
        table(List.of(person("maria", "sdr"), person("sam", "sdr")), Optional.empty(), SDR_POOL);
    RoutingContext away =
        RoutingContext.empty()
            .withAbsence(
                new Absence("maria", MONDAY_MORNING, MONDAY_MORNING.plus(Duration.ofMinutes(2))));

    assertThat(owners(even, 6, away)).containsExactly("sam", "sam", "maria", "sam", "maria", "sam");
  }

  @Test
  void replayingTheSameRecordsFromTheSameContextGivesTheSameOwners() {
    // A table compiled afresh from the same pieces, as after a restart, decides the same.
    RoutingTable again =
        table(
            List.of(
                weighing(person("maria", "sdr"), 5),
                weighing(person("sam", "sdr"), 3),
                weighing(person("emma", "sdr"), 2)),
            Optional.of("revops"),
            SDR_POOL);
    RoutingContext start =
        RoutingContext.empty()
            .withAbsence(
                new Absence(
                    "sam",
                    MONDAY_MORNING.plus(Duration.ofMinutes(10)),
                    Instant.parse("2026-03-03T00:00:00Z")));

    assertThat(owners(again, 60, start)).isEqualTo(owners(routing, 60, start));
  }

  /** The owners of {@code count} leads routed one after another, a minute apart. */
  private static List<String> owners(RoutingTable table, int count, RoutingContext start) {
    List<String> owners = new ArrayList<>();
    RoutingContext context = start;
    for (int i = 0; i < count; i++) {
      RoutingDecision decision =
          table.route(lead("L-" + i), MONDAY_MORNING.plus(Duration.ofMinutes(i)), context);
      owners.add(decision.owner().orElseThrow().id());
      context = decision.context();
    }
    return owners;
  }
}
