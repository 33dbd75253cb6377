package dev.accord.core.routing;

import static dev.accord.core.AccordFixture.person;
import static dev.accord.core.ValidationAssertions.errorAt;
import static dev.accord.core.ValidationAssertions.warningAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.AccordDraft;
import dev.accord.core.AccordFixture;
import dev.accord.core.accord.AccordValidator;
import dev.accord.core.field.Condition;
import dev.accord.core.field.Operator;
import dev.accord.core.shared.Problem;
import dev.accord.core.team.Department;
import dev.accord.core.team.Person;
import dev.accord.core.team.Team;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoutingValidationTest {

  private final AccordDraft draft = AccordFixture.draft();

  @Test
  void routingOnEnteringAnUnknownStageIsAnError() {
    draft.onEntering.add("sql_");

    Problem problem =
        errorAt(
            draft.build(),
            "routing.on_entering[1]",
            "routing is triggered by unknown stage `sql_`");

    assertThat(problem.hint()).isEqualTo("did you mean `sql`?");
  }

  @Test
  void rulesWithoutATriggerAreAnError() {
    draft.onEntering.clear();

    errorAt(draft.build(), "routing.on_entering", "routing has rules but no stage triggers them");
  }

  @Test
  void aConditionOnAFieldTheRoutedRecordsLackIsAnError() {
    // Routing on entering `mql` sees leads, which have no `amount`.
    draft.routingRules.set(
        1, rule("strategic", new Condition("amount", Operator.GT, List.of("0")), named("alex")));

    errorAt(
        draft.build(),
        "routing.rules[1].when[0].field",
        "routing rule `strategic` tests unknown field `amount`");
  }

  @Test
  void aConditionsValuesMustSuitItsOperator() {
    draft.routingRules.set(
        1, rule("strategic", new Condition("employees", Operator.GTE, List.of()), named("alex")));

    errorAt(draft.build(), "routing.rules[1].when[0].op", "uses `gte` with 0 values");
  }

  @Test
  void aNamedOwnerWhoIsNotAKnownPersonIsAnError() {
    draft.routingRules.set(
        1,
        rule("strategic", new Condition("employees", Operator.GTE, List.of("1000")), named("sam")));

    errorAt(
        draft.build(),
        "routing.rules[1].owner",
        "routing rule `strategic` names unknown owner `sam`");
  }

  @Test
  void roundRobinInAnUnknownTeamIsAnError() {
    draft.routingRules.set(3, roundRobin("sdr_pool", "sdrs"));

    errorAt(
        draft.build(),
        "routing.rules[3].team",
        "routing rule `sdr_pool` shares records in unknown team `sdrs`");
  }

  @Test
  void roundRobinInATeamWithNoActiveMemberIsAWarning() {
    draft.teams.add(new Team("bdr", "BDR", Department.SALES, Optional.empty(), Optional.empty()));
    Person away = person("bo", List.of("bdr"));
    draft.people.add(
        new Person(
            away.id(),
            away.name(),
            away.email(),
            away.teams(),
            away.roles(),
            away.timeZone(),
            away.capacity(),
            away.weight(),
            false));
    draft.routingRules.set(3, roundRobin("sdr_pool", "bdr"));

    warningAt(
        draft.build(),
        "routing.rules[3].team",
        "routing rule `sdr_pool` shares records in team `bdr`, which has no active member");
  }

  @Test
  void aTerritoryOnAnUnknownFieldIsAnError() {
    draft.routingRules.set(
        2, territory("region", new TerritoryArea("North America", List.of("US"), "sdr")));

    errorAt(
        draft.build(),
        "routing.rules[2].field",
        "routing rule `by_region` splits territories on unknown field `region`");
  }

  @Test
  void aTerritoryForAnUnknownAssigneeIsAnError() {
    draft.routingRules.set(
        2, territory("country", new TerritoryArea("North America", List.of("US"), "na_team")));

    errorAt(
        draft.build(),
        "routing.rules[2].territories[0].assignee",
        "territory `North America` of routing rule `by_region` goes to unknown team or person"
            + " `na_team`");
  }

  @Test
  void aValueInTwoTerritoriesIsAWarning() {
    // Only the first territory listing `DE` would ever get those records.
    draft.routingRules.set(
        2,
        territory(
            "country",
            new TerritoryArea("North America", List.of("US", "CA"), "sdr"),
            new TerritoryArea("Europe", List.of("FR", "DE"), "maria"),
            new TerritoryArea("DACH", List.of("DE"), "alex")));

    warningAt(
        draft.build(),
        "routing.rules[2].territories[2].values[0]",
        "value `DE` of routing rule `by_region` is already in territory `Europe`");
  }

  @Test
  void anUnknownFallbackQueueIsAnError() {
    draft.fallbackQueue = Optional.of("ops");

    errorAt(draft.build(), "routing.fallback_queue", "the fallback queue is unknown team `ops`");
  }

  @Test
  void rulesWithoutAFallbackQueueAreAWarning() {
    draft.fallbackQueue = Optional.empty();

    warningAt(draft.build(), "routing.fallback_queue", "routing has no fallback queue");
  }

  @Test
  void noRoutingAtAllNeedsNoFallback() {
    draft.onEntering.clear();
    draft.routingRules.clear();
    draft.fallbackQueue = Optional.empty();

    assertThat(AccordValidator.validate(draft.build())).isEmpty();
  }

  @Test
  void aDuplicateRuleIsAnError() {
    draft.routingRules.add(roundRobin("by_region", "sdr"));

    errorAt(draft.build(), "routing.rules[4].id", "duplicate routing rule `by_region`");
  }

  private static RoutingRule rule(String id, Condition when, RoutingStrategy strategy) {
    return new RoutingRule(id, List.of(when), strategy);
  }

  private static RoutingStrategy named(String owner) {
    return new RoutingStrategy.NamedOwner(owner);
  }

  private static RoutingRule roundRobin(String id, String team) {
    return new RoutingRule(id, List.of(), new RoutingStrategy.RoundRobin(team, List.of()));
  }

  private static RoutingRule territory(String field, TerritoryArea... areas) {
    return new RoutingRule(
        "by_region", List.of(), new RoutingStrategy.Territory(field, List.of(areas)));
  }
}
