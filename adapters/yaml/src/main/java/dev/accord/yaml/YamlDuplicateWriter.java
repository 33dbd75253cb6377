package dev.accord.yaml;

import static dev.accord.yaml.YamlWriterScalars.words;

import dev.accord.core.duplicate.DuplicateRule;
import java.util.Map;

/** Writes a duplicate rule with every key, since none of its defaults is empty. */
final class YamlDuplicateWriter {

  private YamlDuplicateWriter() {}

  static Map<String, Object> rule(DuplicateRule rule) {
    return new YamlWriterMapping()
        .put("object", rule.object())
        .put("signals", words(rule.signals()))
        .put("name_similarity", rule.nameSimilarity())
        .put("company_similarity", rule.companySimilarity())
        .toMap();
  }
}
