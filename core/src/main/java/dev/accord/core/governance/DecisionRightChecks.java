package dev.accord.core.governance;

import static dev.accord.core.shared.KnownIds.quote;

import dev.accord.core.shared.Declaration;
import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checks on decision rights: each domain assigned once, someone able to approve in each, and
 * every party a team or person the accord knows.
 */
public final class DecisionRightChecks {

  private static final SourcePath RIGHTS = SourcePath.root().key("decision_rights");

  private DecisionRightChecks() {}

  /** The problems of the decision rights, given the teams and people that may hold them. */
  public static List<Problem> check(List<DecisionRight> rights, KnownIds parties) {
    List<Declaration> domains = new ArrayList<>();
    for (int i = 0; i < rights.size(); i++) {
      domains.add(new Declaration(word(rights.get(i).domain()), RIGHTS.index(i).key("domain")));
    }
    List<Problem> problems = new ArrayList<>(Declaration.problemsAmong("decision domain", domains));
    for (int i = 0; i < rights.size(); i++) {
      DecisionRight right = rights.get(i);
      SourcePath at = RIGHTS.index(i);
      String domain = quote(word(right.domain()));
      if (right.approve().isEmpty()) {
        problems.add(
            Problem.error(
                at.key("approve"),
                "nobody may approve in decision domain " + domain,
                "name the teams or people who approve under `approve`"));
      }
      problems.addAll(checkParties(right.propose(), at.key("propose"), domain, parties));
      problems.addAll(checkParties(right.approve(), at.key("approve"), domain, parties));
      problems.addAll(checkParties(right.consult(), at.key("consult"), domain, parties));
      problems.addAll(checkParties(right.inform(), at.key("inform"), domain, parties));
    }
    return problems;
  }

  private static List<Problem> checkParties(
      List<String> named, SourcePath at, String domain, KnownIds parties) {
    List<Problem> problems = new ArrayList<>();
    for (int j = 0; j < named.size(); j++) {
      String party = named.get(j);
      parties
          .unknown(
              party,
              at.index(j),
              "decision domain " + domain + " names unknown party " + quote(party))
          .ifPresent(problems::add);
    }
    return problems;
  }

  /** How the domain is written in the accord file. */
  private static String word(DecisionDomain domain) {
    return domain.name().toLowerCase(Locale.ROOT);
  }
}
