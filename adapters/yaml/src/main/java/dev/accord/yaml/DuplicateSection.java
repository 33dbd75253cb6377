package dev.accord.yaml;

import static dev.accord.yaml.ValueFormats.NUMBER;
import static dev.accord.yaml.ValueFormats.TEXT;
import static dev.accord.yaml.ValueFormats.choice;

import dev.accord.core.duplicate.DuplicateRule;
import dev.accord.core.duplicate.DuplicateSignal;
import java.util.List;

/**
 * Reads when records count as duplicates: per object, the signals that count and how alike names
 * and companies must be. A rule that leaves out its signals counts all of them.
 */
final class DuplicateSection {

  private static final List<String> RULE =
      List.of("object", "signals", "name_similarity", "company_similarity");
  private static final List<DuplicateSignal> EVERY_SIGNAL = List.of(DuplicateSignal.values());

  private DuplicateSection() {}

  static List<DuplicateRule> duplicates(YamlMapping accord) {
    return accord.mappings("duplicates", "this duplicate rule", RULE).stream()
        .map(rule ->
            new DuplicateRule(
                rule.required("object", TEXT, ""),
                rule.list(
                    "signals", choice(DuplicateSignal.class, "duplicate signal"), EVERY_SIGNAL),
                rule.get("name_similarity", NUMBER, DuplicateRule.DEFAULT_NAME_SIMILARITY),
                rule.get("company_similarity", NUMBER, DuplicateRule.DEFAULT_COMPANY_SIMILARITY)))
        .toList();
  }
}
