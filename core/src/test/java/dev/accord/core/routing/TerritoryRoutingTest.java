package dev.accord.core.routing;

import static dev.accord.core.routing.Routes.MONDAY_MORNING;
import static dev.accord.core.routing.Routes.lead;
import static dev.accord.core.routing.Routes.person;
import static dev.accord.core.routing.Routes.roundRobin;
import static dev.accord.core.routing.Routes.rule;
import static dev.accord.core.routing.Routes.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.team.Person;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Routing by territory: to the person or round the team that covers a value. */
class TerritoryRoutingTest {

  private static final Person MARIA = person("maria", "sdr");
  private static final Person SAM = person("sam", "sdr");

  private static final RoutingRule SDR_POOL = rule("sdr_pool", roundRobin("sdr"));

  private static final Optional<String> REVOPS = Optional.of("revops");

  private final RoutingRule byRegion =
      rule(
          "by_region",
          new RoutingStrategy.Territory(
              "country",
              List.of(
                  new TerritoryArea("EMEA", List.of("GB", "DE"), "emma"),
                  new TerritoryArea("Americas", List.of("US", "CA"), "sdr"))));
  private final RoutingTable routing =
      table(List.of(MARIA, SAM, person("emma", "sdr")), REVOPS, byRegion, SDR_POOL);

  @Test
  void aValueInAPersonsTerritoryGoesToThatPerson() {
    RoutingDecision decision =
        routing.route(lead("L-1", "country", " de "), MONDAY_MORNING, RoutingContext.empty());

    assertThat(decision.owner()).contains(new Owner.Person("emma"));
    assertThat(decision.matchedOn()).containsExactly(Map.entry("country", "de"));
    assertThat(decision.explanation())
        .containsExactly(
            "rule by_region: country de is in territory EMEA",
            "rule by_region: to emma, who covers it");
  }

  @Test
  void aValueInATeamsTerritoryGoesRoundTheTeam() {
    RoutingDecision first =
        routing.route(lead("L-1", "country", "US"), MONDAY_MORNING, RoutingContext.empty());
    RoutingDecision second =
        routing.route(lead("L-2", "country", "CA"), MONDAY_MORNING, first.context());

    assertThat(first.owner()).contains(new Owner.Person("maria"));
    assertThat(second.owner()).contains(new Owner.Person("sam"));
    assertThat(second.explanation())
        .containsExactly(
            "rule by_region: country CA is in territory Americas",
            "rule by_region: to sam, next in turn in sdr");
  }

  @Test
  void aValueInNoTerritoryOrAPlaceholderPassesToTheNextRule() {
    RoutingDecision japan =
        routing.route(lead("L-1", "country", "JP"), MONDAY_MORNING, RoutingContext.empty());
    RoutingDecision select =
        routing.route(lead("L-2", "country", "Select"), MONDAY_MORNING, RoutingContext.empty());

    assertThat(japan.rule()).contains("sdr_pool");
    assertThat(japan.explanation())
        .first()
        .isEqualTo("rule by_region: country JP is in no territory");
    assertThat(select.explanation()).first().isEqualTo("rule by_region: country is empty");
  }
}
