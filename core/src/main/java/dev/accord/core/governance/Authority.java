package dev.accord.core.governance;

import dev.accord.core.team.Person;
import dev.accord.core.team.Roster;
import dev.accord.core.team.Team;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may propose and who may decide in each decision domain, as the accord's decision rights say.
 * A party of a right is a person or a team; a team's right is held by every member. A refusal names
 * the people who could decide instead, so that the person refused knows whom to ask.
 */
public final class Authority {

  private final List<DecisionRight> rights;
  private final Roster roster;

  public Authority(List<DecisionRight> rights, Roster roster) {
    this.rights = List.copyOf(rights);
    this.roster = Objects.requireNonNull(roster, "roster");
  }

  /** Whether the person may approve or reject in the domain. */
  public Verdict mayDecide(DecisionDomain domain, String personId) {
    return judge(domain, personId, "decide", right -> right.approve());
  }

  /** Whether the person may propose in the domain: proposers and approvers both may. */
  public Verdict mayPropose(DecisionDomain domain, String personId) {
    return judge(
        domain,
        personId,
        "propose",
        right -> {
          List<String> parties = new ArrayList<>(right.propose());
          parties.addAll(right.approve());
          return parties;
        });
  }

  /**
   * The parties (people or teams) the domain's right names as approvers. A change that must be
   * agreed by both sides of a handoff lists both; each party signs through the person named or any
   * member of the team named.
   */
  public List<String> approvingParties(DecisionDomain domain) {
    return right(domain).map(DecisionRight::approve).orElse(List.of());
  }

  /** Whether the person is the party or a member of the team the party names. */
  public boolean speaksFor(String party, String personId) {
    if (party.equals(personId)) {
      return true;
    }
    return isTeam(party)
        && roster.people().stream().anyMatch(p -> p.id().equals(personId) && p.belongsTo(party));
  }

  /** The people who hold the right to decide in the domain, each as {@code id (Name)}. */
  public List<String> deciders(DecisionDomain domain) {
    return right(domain).map(r -> holders(r.approve())).orElse(List.of());
  }

  /** The people to consult and to inform, by id, for a decision in the domain. */
  public List<String> toInform(DecisionDomain domain) {
    return right(domain)
        .map(r -> {
          List<String> parties = new ArrayList<>(r.consult());
          parties.addAll(r.inform());
          return members(parties).stream().map(Person::id).toList();
        })
        .orElse(List.of());
  }

  private Verdict judge(
      DecisionDomain domain,
      String personId,
      String act,
      java.util.function.Function<DecisionRight, List<String>> parties) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(personId, "personId");
    Optional<DecisionRight> right = right(domain);
    if (right.isEmpty()) {
      return new Verdict.Refused(
          domain,
          personId,
          "the accord gives nobody the right to "
              + act
              + " "
              + word(domain)
              + ": add it under decision_rights",
          List.of());
    }
    List<String> holders = holders(parties.apply(right.get()));
    Optional<Person> person =
        roster.people().stream().filter(p -> p.id().equals(personId)).findFirst();
    if (person.isEmpty()) {
      return new Verdict.Refused(
          domain,
          personId,
          personId + " is not a person of the accord; " + whoCan(act, domain, holders),
          holders);
    }
    for (String party : parties.apply(right.get())) {
      if (party.equals(personId)) {
        return new Verdict.Allowed(domain, personId, "person " + personId);
      }
      if (isTeam(party) && person.get().belongsTo(party)) {
        return new Verdict.Allowed(domain, personId, "team " + party);
      }
    }
    return new Verdict.Refused(
        domain,
        personId,
        personId
            + " ("
            + person.get().name()
            + ") may not "
            + act
            + " "
            + word(domain)
            + "; "
            + whoCan(act, domain, holders),
        holders);
  }

  private static String whoCan(String act, DecisionDomain domain, List<String> holders) {
    if (holders.isEmpty()) {
      return "nobody in the accord may " + act + " " + word(domain);
    }
    return "who may " + act + " " + word(domain) + ": " + String.join(", ", holders);
  }

  private Optional<DecisionRight> right(DecisionDomain domain) {
    return rights.stream().filter(r -> r.domain() == domain).findFirst();
  }

  private List<String> holders(List<String> parties) {
    return members(parties).stream().map(p -> p.id() + " (" + p.name() + ")").toList();
  }

  private List<Person> members(List<String> parties) {
    Set<Person> people = new LinkedHashSet<>();
    for (String party : parties) {
      for (Person person : roster.people()) {
        if (person.id().equals(party) || (isTeam(party) && person.belongsTo(party))) {
          people.add(person);
        }
      }
    }
    return List.copyOf(people);
  }

  private boolean isTeam(String party) {
    return roster.teams().stream().map(Team::id).anyMatch(party::equals);
  }

  /** How the domain is written in the accord file and in decisions: {@code definition_change}. */
  public static String word(DecisionDomain domain) {
    return domain.name().toLowerCase(Locale.ROOT);
  }
}
