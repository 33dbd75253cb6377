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

/** Routing to the owner of the account the record belongs to. */
class AccountOwnerRoutingTest {

  private static final Person MARIA = person("maria", "sdr");

  private static final RoutingRule SDR_POOL = rule("sdr_pool", roundRobin("sdr"));

  private static final Optional<String> REVOPS = Optional.of("revops");

  private final RoutingRule existing =
      rule("existing_account", new RoutingStrategy.AccountOwner(List.of()));
  private final RoutingTable routing =
      table(List.of(MARIA, person("jake", "sdr")), REVOPS, existing, SDR_POOL);
  private final RoutingContext accounts =
      RoutingContext.empty()
          .withAccounts(
              AccountIndex.empty()
                  .withAccount("www.acme.com", "Acme Corporation", "jake")
                  .withAccount("", "Initech GmbH", "maria"));

  @Test
  void theEmailDomainFindsTheAccountWhoseOwnerTakesTheRecord() {
    RoutingDecision decision =
        routing.route(lead("L-1", "email", "Ann@ACME.com"), MONDAY_MORNING, accounts);

    assertThat(decision.owner()).contains(new Owner.Person("jake"));
    assertThat(decision.matchedOn()).containsExactly(Map.entry("email domain", "acme.com"));
    assertThat(decision.explanation())
        .containsExactly(
            "rule existing_account: to jake, who owns the account of email domain acme.com");
  }

  @Test
  void theCompanyNameMatchesWhateverItsCaseAndLegalForm() {
    RoutingDecision decision =
        routing.route(
            lead("L-1", "email", "bob@gmail.com", "company", "INITECH, gmbh"),
            MONDAY_MORNING,
            accounts);

    assertThat(decision.owner()).contains(new Owner.Person("maria"));
    assertThat(decision.matchedOn()).containsExactly(Map.entry("company", "INITECH, gmbh"));
  }

  @Test
  void aRecordOfNoKnownAccountPassesToTheNextRule() {
    RoutingDecision decision =
        routing.route(
            lead("L-1", "email", "bob@gmail.com", "company", "Globex"), MONDAY_MORNING, accounts);

    assertThat(decision.rule()).contains("sdr_pool");
    assertThat(decision.explanation())
        .first()
        .isEqualTo(
            "rule existing_account: no account matches email domain gmail.com or company Globex");
  }
}
