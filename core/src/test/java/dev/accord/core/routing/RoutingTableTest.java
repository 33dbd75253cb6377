package dev.accord.core.routing;

import static dev.accord.core.routing.Routes.MONDAY_MORNING;
import static dev.accord.core.routing.Routes.condition;
import static dev.accord.core.routing.Routes.inactive;
import static dev.accord.core.routing.Routes.lead;
import static dev.accord.core.routing.Routes.person;
import static dev.accord.core.routing.Routes.roundRobin;
import static dev.accord.core.routing.Routes.rule;
import static dev.accord.core.routing.Routes.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.exception.ExceptionCase.RoutingFailure;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.field.Operator;
import dev.accord.core.team.Person;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Routing by named owner, rule order, and what becomes of a record no rule routes. */
class RoutingTableTest {

  private static final Person MARIA = person("maria", "sdr");
  private static final Person ALEX = person("alex", "revops");

  private static final RoutingRule STRATEGIC =
      rule(
          "strategic",
          new RoutingStrategy.NamedOwner("alex"),
          condition("employees", Operator.GTE, "1000"));

  private static final RoutingRule SDR_POOL = rule("sdr_pool", roundRobin("sdr"));

  private static final Optional<String> REVOPS = Optional.of("revops");

  @Test
  void aRecordMeetingTheRuleGoesToTheNamedOwnerWithTheValuesItMatchedOn() {
    RoutingTable routing = table(List.of(MARIA, ALEX), REVOPS, STRATEGIC, SDR_POOL);

    RoutingDecision decision =
        routing.route(lead("L-1", "employees", "5000"), MONDAY_MORNING, RoutingContext.empty());

    assertThat(decision.owner()).contains(new Owner.Person("alex"));
    assertThat(decision.rule()).contains("strategic");
    assertThat(decision.matchedOn()).containsExactly(Map.entry("employees", "5000"));
    assertThat(decision.describe())
        .isEqualTo(
            "Record L-1 went to alex by rule strategic on employees=5000:"
                + " rule strategic: to alex, the named owner.");
  }

  @Test
  void anInactiveNamedOwnerPassesTheRecordOnToTheNextRule() {
    // The named owner left: routing to them would leave the lead unattended.
    RoutingTable routing = table(List.of(MARIA, inactive(ALEX)), REVOPS, STRATEGIC, SDR_POOL);

    RoutingDecision decision =
        routing.route(lead("L-1", "employees", "5000"), MONDAY_MORNING, RoutingContext.empty());

    assertThat(decision.owner()).contains(new Owner.Person("maria"));
    assertThat(decision.explanation())
        .containsExactly(
            "rule strategic: alex: inactive", "rule sdr_pool: to maria, next in turn in sdr");
  }

  @Test
  void rulesAreTriedInOrderAndEachRulePassedSaysWhy() {
    RoutingTable routing = table(List.of(MARIA, ALEX), REVOPS, STRATEGIC, SDR_POOL);

    RoutingDecision decision =
        routing.route(lead("L-2", "employees", "250"), MONDAY_MORNING, RoutingContext.empty());

    assertThat(decision.rule()).contains("sdr_pool");
    assertThat(decision.explanation())
        .containsExactly(
            "rule strategic: not met: employees gte 1000 (employees is 250)",
            "rule sdr_pool: to maria, next in turn in sdr");
  }

  @Test
  void theFirstRuleThatFindsAnOwnerWinsEvenWhenALaterOneWouldMatch() {
    RoutingTable routing = table(List.of(MARIA, ALEX), REVOPS, SDR_POOL, STRATEGIC);

    RoutingDecision decision =
        routing.route(lead("L-3", "employees", "5000"), MONDAY_MORNING, RoutingContext.empty());

    assertThat(decision.rule()).contains("sdr_pool");
  }

  @Test
  void aPlaceholderCountsAsEmptyInAConditionAndSaysSo() {
    RoutingRule known =
        rule("known_country", roundRobin("sdr"), condition("country", Operator.PRESENT));
    RoutingTable routing = table(List.of(MARIA), REVOPS, known);

    RoutingDecision decision =
        routing.route(lead("L-4", "country", "N/A"), MONDAY_MORNING, RoutingContext.empty());

    assertThat(decision.owner()).contains(new Owner.Queue("revops"));
    assertThat(decision.explanation())
        .containsExactly(
            "rule known_country: not met: country present (country is empty)",
            "no rule routed it, so it goes to the fallback queue revops");
  }

  @Test
  void withAFallbackQueueTheRecordGoesThereAndSaysWhy() {
    RoutingTable routing = table(List.of(inactive(MARIA)), REVOPS, SDR_POOL);

    RoutingDecision decision = routing.route(lead("L-9"), MONDAY_MORNING, RoutingContext.empty());

    assertThat(decision.owner()).contains(new Owner.Queue("revops"));
    assertThat(decision.rule()).isEmpty();
    assertThat(decision.failure("k-1")).isEmpty();
    assertThat(decision.describe())
        .isEqualTo(
            "Record L-9 went to the revops queue: rule sdr_pool: maria: inactive;"
                + " rule sdr_pool: nobody in sdr can take it;"
                + " no rule routed it, so it goes to the fallback queue revops.");
  }

  @Test
  void withoutAFallbackQueueTheRecordRaisesARoutingFailure() {
    RoutingTable routing = table(List.of(inactive(MARIA)), Optional.empty(), SDR_POOL);

    RoutingDecision decision = routing.route(lead("L-9"), MONDAY_MORNING, RoutingContext.empty());
    RoutingFailure failure = decision.failure("k-1").orElseThrow();

    assertThat(decision.isRouted()).isFalse();
    assertThat(failure.type()).isEqualTo(ExceptionType.ROUTING_FAILURE);
    assertThat(failure.eventKey()).isEqualTo("k-1");
    assertThat(failure.occurredAt()).isEqualTo(MONDAY_MORNING);
    assertThat(failure.describe())
        .isEqualTo(
            "Record L-9 entered mql and could not be routed: rule sdr_pool: maria: inactive;"
                + " rule sdr_pool: nobody in sdr can take it;"
                + " no rule routed it and there is no fallback queue.");
  }

  @Test
  void onlyTheRoutedStagesTriggerRouting() {
    RoutingTable routing = table(List.of(MARIA), REVOPS, SDR_POOL);

    assertThat(routing.routesOnEntering("mql")).isTrue();
    assertThat(routing.routesOnEntering("lead")).isFalse();
  }
}
