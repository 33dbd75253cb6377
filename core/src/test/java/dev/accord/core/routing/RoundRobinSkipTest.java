package dev.accord.core.routing;

import static dev.accord.core.routing.Routes.MONDAY_MORNING;
import static dev.accord.core.routing.Routes.inZone;
import static dev.accord.core.routing.Routes.inactive;
import static dev.accord.core.routing.Routes.lead;
import static dev.accord.core.routing.Routes.person;
import static dev.accord.core.routing.Routes.roundRobin;
import static dev.accord.core.routing.Routes.rule;
import static dev.accord.core.routing.Routes.table;
import static dev.accord.core.routing.Routes.withCapacity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.team.Person;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Round-robin within a team, and every reason it passes a teammate over. */
class RoundRobinSkipTest {

  private static final Person MARIA = person("maria", "sdr");
  private static final Person SAM = person("sam", "sdr");

  private static final RoutingRule SDR_POOL = rule("sdr_pool", roundRobin("sdr"));

  private static final Optional<String> REVOPS = Optional.of("revops");

  @Test
  void teammatesTakeTurnsAndTheContextRemembersWhoseTurnIsNext() {
    RoutingTable routing = table(List.of(MARIA, SAM), REVOPS, SDR_POOL);

    RoutingDecision first = routing.route(lead("L-1"), MONDAY_MORNING, RoutingContext.empty());
    RoutingDecision second = routing.route(lead("L-2"), MONDAY_MORNING, first.context());
    RoutingDecision third = routing.route(lead("L-3"), MONDAY_MORNING, second.context());

    assertThat(List.of(first, second, third))
        .extracting(d -> d.owner().orElseThrow().id())
        .containsExactly("maria", "sam", "maria");
    assertThat(third.context().openRecordsOf("maria")).isEqualTo(2);
  }

  @Test
  void anInactiveTeammateIsPassedOver() {
    RoutingTable routing = table(List.of(inactive(MARIA), SAM), REVOPS, SDR_POOL);

    RoutingDecision decision = routing.route(lead("L-1"), MONDAY_MORNING, RoutingContext.empty());

    assertThat(decision.owner()).contains(new Owner.Person("sam"));
    assertThat(decision.explanation())
        .containsExactly(
            "rule sdr_pool: maria: inactive", "rule sdr_pool: to sam, next in turn in sdr");
  }

  @Test
  void aTeammateOutOfOfficeIsPassedOverOnlyWhileAway() {
    RoutingTable routing = table(List.of(MARIA, SAM), REVOPS, SDR_POOL);
    RoutingContext away =
        RoutingContext.empty()
            .withAbsence(
                new Absence("maria", MONDAY_MORNING, Instant.parse("2026-03-09T00:00:00Z")));

    RoutingDecision now = routing.route(lead("L-1"), MONDAY_MORNING, away);
    RoutingDecision back = routing.route(lead("L-2"), Instant.parse("2026-03-09T15:00:00Z"), away);

    assertThat(now.owner()).contains(new Owner.Person("sam"));
    assertThat(now.explanation()).first().isEqualTo("rule sdr_pool: maria: out of office");
    assertThat(back.owner()).contains(new Owner.Person("maria"));
  }

  @Test
  void aTeammateOutsideTheirWorkingHoursIsPassedOverWithTheirLocalTime() {
    // 19:05 in London is 14:05 in New York: the team's hours, read in Sam's zone, are over.
    RoutingTable routing = table(List.of(inZone(SAM, "Europe/London"), MARIA), REVOPS, SDR_POOL);

    RoutingDecision decision =
        routing.route(lead("L-1"), Instant.parse("2026-03-02T19:05:00Z"), RoutingContext.empty());

    assertThat(decision.owner()).contains(new Owner.Person("maria"));
    assertThat(decision.explanation())
        .containsExactly(
            "rule sdr_pool: sam: outside working hours (Europe/London, 19:05)",
            "rule sdr_pool: to maria, next in turn in sdr");
  }

  @Test
  void aTeammateWithoutAZoneWorksTheTeamsCalendar() {
    // Saturday: the New York calendar is closed, so nobody in the team can take it.
    RoutingTable routing = table(List.of(MARIA), REVOPS, SDR_POOL);

    RoutingDecision decision =
        routing.route(lead("L-1"), Instant.parse("2026-03-07T15:00:00Z"), RoutingContext.empty());

    assertThat(decision.owner()).contains(new Owner.Queue("revops"));
    assertThat(decision.explanation())
        .containsExactly(
            "rule sdr_pool: maria: outside working hours (America/New_York, 10:00)",
            "rule sdr_pool: nobody in sdr can take it",
            "no rule routed it, so it goes to the fallback queue revops");
  }

  @Test
  void aTeammateAtCapacityIsPassedOverWithTheirLoad() {
    Person priya = withCapacity(person("priya", "sdr"), 40);
    RoutingTable routing = table(List.of(priya, MARIA), REVOPS, SDR_POOL);
    RoutingContext context = RoutingContext.empty().withOpenRecords("priya", 40);

    RoutingDecision decision = routing.route(lead("L-1"), MONDAY_MORNING, context);

    assertThat(decision.owner()).contains(new Owner.Person("maria"));
    assertThat(decision.explanation()).first().isEqualTo("rule sdr_pool: priya: at capacity 40/40");
  }

  @Test
  void aReasonTheRuleDoesNotListSkipsNobody() {
    // The accord's rule skips only inactive people: a full inbox does not stop the turn.
    Person priya = withCapacity(person("priya", "sdr"), 40);
    RoutingRule lenient = rule("sdr_pool", roundRobin("sdr", SkipReason.INACTIVE));
    RoutingTable routing = table(List.of(priya), REVOPS, lenient);

    RoutingDecision decision =
        routing.route(
            lead("L-1"), MONDAY_MORNING, RoutingContext.empty().withOpenRecords("priya", 40));

    assertThat(decision.owner()).contains(new Owner.Person("priya"));
    assertThat(decision.context().openRecordsOf("priya")).isEqualTo(41);
  }
}
