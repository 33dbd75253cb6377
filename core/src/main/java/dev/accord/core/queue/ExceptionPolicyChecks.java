package dev.accord.core.queue;

import static dev.accord.core.shared.KnownIds.quote;

import dev.accord.core.shared.Declaration;
import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The checks on the accord's exception policies: one per type, each owned by a known party. */
public final class ExceptionPolicyChecks {

  private static final SourcePath EXCEPTIONS = SourcePath.root().key("exceptions");

  private ExceptionPolicyChecks() {}

  /** The problems of the policies, given the teams and people that may own exceptions. */
  public static List<Problem> check(List<ExceptionPolicy> policies, KnownIds parties) {
    List<Declaration> types = new ArrayList<>();
    for (int i = 0; i < policies.size(); i++) {
      types.add(
          new Declaration(
              policies.get(i).type().name().toLowerCase(Locale.ROOT),
              EXCEPTIONS.index(i).key("type")));
    }
    List<Problem> problems = new ArrayList<>(Declaration.problemsAmong("exception type", types));
    for (int i = 0; i < policies.size(); i++) {
      ExceptionPolicy policy = policies.get(i);
      parties
          .unknown(
              policy.owner(),
              EXCEPTIONS.index(i).key("owner"),
              "exceptions of type "
                  + quote(policy.type().name().toLowerCase(Locale.ROOT))
                  + " are owned by unknown party "
                  + quote(policy.owner()))
          .ifPresent(problems::add);
    }
    return problems;
  }
}
