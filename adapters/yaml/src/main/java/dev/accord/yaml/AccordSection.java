package dev.accord.yaml;

import static dev.accord.yaml.ValueFormat.invalid;
import static dev.accord.yaml.ValueFormat.valid;
import static dev.accord.yaml.ValueFormats.TEXT;
import static dev.accord.yaml.ValueFormats.wholeNumber;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordInfo;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the top of an accord file, its schema version and its {@code accord} header, and hands each
 * further section to the reader that knows it.
 */
final class AccordSection {

  private static final List<String> TOP =
      List.of(
          "schema_version",
          "accord",
          "sentinels",
          "reason_codes",
          "guardrails",
          "objects",
          "teams",
          "people",
          "calendars",
          "handoffs",
          "routing",
          "duplicates",
          "dimensions",
          "kpis",
          "decision_rights",
          "goals",
          "exceptions");
  private static final List<String> INFO = List.of("name", "version", "description");

  private static final String SCHEMA_HINT =
      "this Accord reads schema version "
          + Accord.CURRENT_SCHEMA_VERSION
          + "; write `schema_version: "
          + Accord.CURRENT_SCHEMA_VERSION
          + "` at the top of the file";

  private static final ValueFormat<Integer> SCHEMA_VERSION =
      text ->
          switch (wholeNumber(1).read(text)) {
            case ValueFormat.Reading.Valid<Integer> number
                when number.value() == Accord.CURRENT_SCHEMA_VERSION ->
                valid(number.value());
            case ValueFormat.Reading.Valid<Integer> number ->
                invalid("schema version " + number.value() + " is not supported", SCHEMA_HINT);
            case ValueFormat.Reading.Invalid<Integer> notANumber ->
                invalid("`" + text + "` is not a schema version", SCHEMA_HINT);
          };

  private AccordSection() {}

  private static Accord accord(YamlMapping top) {
    if (!top.has("schema_version")) {
      top.report("missing required key `schema_version` in the accord file", SCHEMA_HINT);
    }
    int schemaVersion = top.get("schema_version", SCHEMA_VERSION, Accord.CURRENT_SCHEMA_VERSION);
    YamlMapping header = top.requiredMapping("accord", INFO);
    AccordInfo info =
        new AccordInfo(
            header.required("name", TEXT, ""),
            header.get("version", wholeNumber(1), 1),
            header.get("description", TEXT, ""));
    return new Accord(
        schemaVersion,
        info,
        top.list("sentinels", TEXT),
        LifecycleSection.reasonCodes(top),
        LifecycleSection.guardrails(top),
        LifecycleSection.objects(top),
        TeamSection.teams(top),
        TeamSection.people(top),
        TeamSection.calendars(top),
        HandoffSection.handoffs(top),
        RoutingSection.routing(top),
        ScorecardSection.dimensions(top),
        ScorecardSection.kpis(top),
        GovernanceSection.decisionRights(top),
        GovernanceSection.goals(top),
        DuplicateSection.duplicates(top),
        ExceptionSection.policies(top));
  }

  /**
   * The accord a document means, when it is a mapping at the top; a document that is anything else
   * is no accord at all.
   */
  static Optional<Accord> read(Node document, Findings findings) {
    if (!(document instanceof MappingNode)) {
      findings.error(
          document,
          "the accord file should be a mapping of keys at the top, not "
              + YamlMapping.shapeOf(document),
          "start the file with `schema_version: 1` followed by `accord:`, `objects:` and the other"
              + " sections");
      return Optional.empty();
    }
    return Optional.of(accord(YamlMapping.of(document, "the accord file", TOP, findings)));
  }
}
