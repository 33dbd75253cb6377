package dev.accord.yaml;

import static dev.accord.yaml.ValueFormats.TEXT;
import static dev.accord.yaml.ValueFormats.choice;

import dev.accord.core.exception.ExceptionType;
import dev.accord.core.queue.ExceptionPolicy;
import dev.accord.core.queue.ExceptionSeverity;
import java.util.List;

/**
 * Reads who resolves which exceptions: per type, the owning team or person, the severity and the
 * SLA. A policy that leaves out its severity or SLA takes the type's default.
 */
final class ExceptionSection {

  private static final List<String> POLICY = List.of("type", "owner", "severity", "sla");

  private ExceptionSection() {}

  static List<ExceptionPolicy> policies(YamlMapping accord) {
    return accord.mappings("exceptions", "this exception policy", POLICY).stream()
        .map(ExceptionSection::policy)
        .toList();
  }

  private static ExceptionPolicy policy(YamlMapping policy) {
    ExceptionType type =
        policy.required(
            "type", choice(ExceptionType.class, "exception type"), ExceptionType.DATA_QUALITY);
    String owner = policy.required("owner", TEXT, "");
    ExceptionPolicy byDefault = ExceptionPolicy.byDefault(type, owner);
    return new ExceptionPolicy(
        type,
        owner,
        policy.get("severity", choice(ExceptionSeverity.class, "severity"), byDefault.severity()),
        policy.get("sla", TimeFormats.BUSINESS_DURATION, byDefault.sla()));
  }
}
