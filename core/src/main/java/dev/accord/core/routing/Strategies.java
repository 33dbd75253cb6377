package dev.accord.core.routing;

import dev.accord.core.field.Placeholders;
import dev.accord.core.routing.RoutingStrategy.AccountOwner;
import dev.accord.core.routing.RoutingStrategy.NamedOwner;
import dev.accord.core.routing.RoutingStrategy.RoundRobin;
import dev.accord.core.routing.RoutingStrategy.Territory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How each strategy picks the owner of a record its rule matched: the named person; the next
 * available teammate in turn; the territory the record's field value lies in, then its person or
 * the next available member of its team; or the owner of the account the record's email domain or
 * company belongs to. Placeholders in the fields read as empty.
 */
final class Strategies {

  /** A territory's team shares its records the way round-robin does by default. */
  private static final List<SkipReason> EVERY_SKIP = List.of(SkipReason.values());

  static final String COMPANY_FIELD = "company";

  private final Rotations rotations;

  Strategies(Rotations rotations) {
    this.rotations = rotations;
  }

  Pick pick(
      RoutingStrategy strategy,
      Map<String, String> fields,
      RoutedObject object,
      Instant at,
      RoutingContext context) {
    return switch (strategy) {
      case NamedOwner named -> named(named.owner(), "the named owner", Map.of(), context);
      case RoundRobin roundRobin ->
          inTurn(roundRobin.team(), roundRobin.skip(), Map.of(), at, context);
      case Territory territory -> territory(territory, fields, object.placeholders(), at, context);
      case AccountOwner account -> account(account, fields, object, context);
    };
  }

  private Pick named(
      String person, String why, Map<String, String> matchedOn, RoutingContext context) {
    Optional<String> unavailable = rotations.unavailableByName(person);
    if (unavailable.isPresent()) {
      return Pick.nobody(matchedOn, List.of(person + ": " + unavailable.get()), context);
    }
    return new Pick(Optional.of(person), matchedOn, List.of("to " + person + ", " + why), context);
  }

  private Pick inTurn(
      String team,
      List<SkipReason> skip,
      Map<String, String> matchedOn,
      Instant at,
      RoutingContext context) {
    Rotations.Turn turn = rotations.take(team, skip, at, context);
    List<String> notes = new ArrayList<>(turn.passedOver());
    notes.add(
        turn.person()
            .map(person -> "to " + person + ", next in turn in " + team)
            .orElse("nobody in " + team + " can take it"));
    return new Pick(turn.person(), matchedOn, notes, turn.context());
  }

  private Pick territory(
      Territory territory,
      Map<String, String> fields,
      Placeholders placeholders,
      Instant at,
      RoutingContext context) {
    String field = territory.field();
    String raw = fields.get(field);
    if (placeholders.isMissing(field, raw)) {
      return Pick.nobody(Map.of(), List.of(field + " is empty"), context);
    }
    String value = raw.strip();
    Map<String, String> matchedOn = Map.of(field, value);
    for (TerritoryArea area : territory.areas()) {
      if (area.values().stream().anyMatch(v -> v.strip().equalsIgnoreCase(value))) {
        String where = field + " " + value + " is in territory " + area.name();
        Pick pick =
            rotations.isTeam(area.assignee())
                ? inTurn(area.assignee(), EVERY_SKIP, matchedOn, at, context)
                : named(area.assignee(), "who covers it", matchedOn, context);
        List<String> notes = new ArrayList<>(List.of(where));
        notes.addAll(pick.notes());
        return new Pick(pick.person(), matchedOn, notes, pick.context());
      }
    }
    return Pick.nobody(matchedOn, List.of(field + " " + value + " is in no territory"), context);
  }

  private Pick account(
      AccountOwner account,
      Map<String, String> fields,
      RoutedObject object,
      RoutingContext context) {
    List<AccountMatch> matchOn =
        account.matchOn().isEmpty() ? List.of(AccountMatch.values()) : account.matchOn();
    List<String> looked = new ArrayList<>();
    for (AccountMatch match : matchOn) {
      String field = match == AccountMatch.EMAIL_DOMAIN ? object.emailField() : COMPANY_FIELD;
      String raw = fields.get(field);
      if (object.placeholders().isMissing(field, raw)) {
        continue;
      }
      // The explanation shows the domain as matched, the company as the record spells it.
      Optional<String> key =
          match == AccountMatch.EMAIL_DOMAIN
              ? AccountIndex.domain(raw)
              : AccountIndex.company(raw).map(normalised -> raw.strip());
      if (key.isEmpty()) {
        continue;
      }
      String label = match == AccountMatch.EMAIL_DOMAIN ? "email domain" : COMPANY_FIELD;
      Optional<String> owner =
          match == AccountMatch.EMAIL_DOMAIN
              ? context.accounts().ownerOfDomain(key.get())
              : context.accounts().ownerOfCompany(key.get());
      if (owner.isPresent()) {
        return named(
            owner.get(),
            "who owns the account of " + label + " " + key.get(),
            Map.of(label, key.get()),
            context);
      }
      looked.add(label + " " + key.get());
    }
    return Pick.nobody(
        Map.of(),
        List.of(
            looked.isEmpty()
                ? "the record has no email domain or company to match an account on"
                : "no account matches " + String.join(" or ", looked)),
        context);
  }
}
