package dev.accord.core.duplicate;

import static dev.accord.core.shared.KnownIds.quote;

import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks on duplicate rules: one rule per object, each on a known object, with thresholds that
 * are similarities (between 0 and 1) and at least one signal to compare.
 */
public final class DuplicateChecks {

  private static final SourcePath DUPLICATES = SourcePath.root().key("duplicates");

  private DuplicateChecks() {}

  public static List<Problem> check(List<DuplicateRule> rules, KnownIds objects) {
    List<Problem> problems = new ArrayList<>();
    Map<String, SourcePath> first = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      DuplicateRule rule = rules.get(i);
      SourcePath at = DUPLICATES.index(i);
      String name = "the duplicate rule for " + quote(rule.object());
      SourcePath earlier = first.putIfAbsent(rule.object(), at.key("object"));
      if (earlier != null) {
        problems.add(
            Problem.error(
                at.key("object"),
                "a second duplicate rule for object " + quote(rule.object()),
                "the object's rule is already declared at " + earlier + "; merge the two"));
      }
      objects
          .unknown(
              rule.object(),
              at.key("object"),
              "duplicate rule for unknown object " + quote(rule.object()))
          .ifPresent(problems::add);
      similarity(rule.nameSimilarity(), at.key("name_similarity"), name).ifPresent(problems::add);
      similarity(rule.companySimilarity(), at.key("company_similarity"), name)
          .ifPresent(problems::add);
      if (rule.signals().isEmpty()) {
        problems.add(
            Problem.warning(
                at.key("signals"),
                name + " counts no signal, so it finds nothing",
                "list `email`, `phone` or `name_and_company` under `signals`"));
      }
    }
    return problems;
  }

  private static Optional<Problem> similarity(BigDecimal threshold, SourcePath path, String name) {
    if (threshold.signum() >= 0 && threshold.compareTo(BigDecimal.ONE) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        Problem.error(
            path,
            name + " asks for a similarity of " + threshold.toPlainString() + ", outside 0..1",
            "write a similarity between 0 and 1, such as `0.92`"));
  }
}
