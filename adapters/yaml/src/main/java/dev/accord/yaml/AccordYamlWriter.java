package dev.accord.yaml;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordInfo;
import dev.accord.core.routing.Routing;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.NonPrintableStyle;

/**
 * Writes an accord as the YAML file people keep in git, schema version 1: snake_case keys in the
 * order the schema lists them, enum values as lower snake_case words, durations in their short
 * form.
 *
 * <p>Reading the text back gives an equal accord. A key is left out only when reading it back would
 * give the same value anyway: an absent optional value, or an empty list, empty text or {@code
 * false} where that is the schema's default. Defaults that are not empty ({@code kind: forward},
 * {@code roles: [member]}, the guardrails, ...) are always written, so the file says what it means
 * without the reader's defaults. Text that YAML would take for a number, a boolean, a date or null
 * is quoted; numbers are written with exactly their digits ({@code 0.30} stays {@code 0.30}).
 *
 * <p>Two values have more than one form in the model and read back in one of them: a step at the
 * breach itself is written {@code breach} and reads back with a delay of zero minutes, and a
 * decimal with a negative scale ({@code 1.2E+3}) is written {@code 1200} and reads back so.
 */
public final class AccordYamlWriter {

  private static final DumpSettings SETTINGS =
      DumpSettings.builder()
          .setSchema(new YamlWriterSchema())
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setIndent(2)
          .setIndicatorIndent(2)
          .setIndentWithIndicator(true)
          // One value per line, however long, so that a diff of the file shows what changed.
          .setSplitLines(false)
          // The same list can appear twice (all empty lists are one instance): never as an alias.
          .setDereferenceAliases(true)
          .setNonPrintableStyle(NonPrintableStyle.ESCAPE)
          .build();

  private AccordYamlWriter() {}

  public static String write(Accord accord) {
    return new Dump(SETTINGS, new YamlWriterRepresenter(SETTINGS)).dumpToString(document(accord));
  }

  private static Map<String, Object> document(Accord accord) {
    Routing routing = accord.routing();
    return new YamlWriterMapping()
        .put("schema_version", accord.schemaVersion())
        .put("accord", info(accord.info()))
        .putUnlessEmpty("sentinels", accord.sentinels())
        .putEachUnlessEmpty("reason_codes", accord.reasonCodes(), YamlLifecycleWriter::reasonCode)
        .put("guardrails", YamlLifecycleWriter.guardrails(accord.guardrails()))
        .putEach("objects", accord.objects(), YamlLifecycleWriter::object)
        .putEach("teams", accord.teams(), YamlTeamWriter::team)
        .putEach("people", accord.people(), YamlTeamWriter::person)
        .putEach("calendars", accord.calendars(), YamlTeamWriter::calendar)
        .putEach("handoffs", accord.handoffs(), YamlHandoffWriter::handoff)
        .putIf(!routing.equals(Routing.none()), "routing", YamlRoutingWriter.routing(routing))
        .putEachUnlessEmpty("duplicates", accord.duplicates(), YamlDuplicateWriter::rule)
        .putEach("dimensions", accord.dimensions(), YamlScorecardWriter::dimension)
        .putEach("kpis", accord.kpis(), YamlScorecardWriter::kpi)
        .putEach("decision_rights", accord.decisionRights(), YamlScorecardWriter::decisionRight)
        .putEach("goals", accord.goals(), YamlScorecardWriter::goal)
        .putEachUnlessEmpty("exceptions", accord.exceptions(), YamlExceptionWriter::policy)
        .toMap();
  }

  private static Map<String, Object> info(AccordInfo info) {
    return new YamlWriterMapping()
        .put("name", info.name())
        .put("version", info.version())
        .putUnlessEmpty("description", info.description())
        .toMap();
  }
}
