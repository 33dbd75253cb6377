package dev.accord.yaml;

import static dev.accord.yaml.YamlWriterScalars.word;

import dev.accord.core.queue.ExceptionPolicy;
import java.util.Map;

/** Writes who resolves which exceptions, with every policy's severity and SLA spelled out. */
final class YamlExceptionWriter {

  private YamlExceptionWriter() {}

  static Map<String, Object> policy(ExceptionPolicy policy) {
    return new YamlWriterMapping()
        .put("type", word(policy.type()))
        .put("owner", policy.owner())
        .put("severity", word(policy.severity()))
        .put("sla", policy.sla().toString())
        .toMap();
  }
}
