package dev.accord.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.core.duplicate.DuplicateEvidence;
import dev.accord.core.duplicate.DuplicateSignal;
import dev.accord.core.exception.DataQualityKind;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.exception.ExceptionCase.DataQualityFinding;
import dev.accord.core.exception.ExceptionCase.EntryCriteriaNotMet;
import dev.accord.core.exception.ExceptionCase.InvalidTransition;
import dev.accord.core.exception.ExceptionCase.MissingReasonCode;
import dev.accord.core.exception.ExceptionCase.MissingRequiredField;
import dev.accord.core.exception.ExceptionCase.OutOfOrderEvent;
import dev.accord.core.exception.ExceptionCase.ReportingDispute;
import dev.accord.core.exception.ExceptionCase.RoutingFailure;
import dev.accord.core.exception.ExceptionCase.SlaBreach;
import dev.accord.core.exception.ExceptionCase.SuspectedDuplicate;
import dev.accord.core.exception.ExceptionType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The canonical JSON of an exception an event raised, in the style of {@link EventJson}: one line,
 * its type first, then the record, the key of the event that raised it, when that event occurred
 * and the evidence the exception queue shows.
 *
 * <pre>{@code
 * {"type":"missing_required_field","recordId":"L-1","eventKey":"hs-981",
 *  "occurredAt":"2026-01-05T14:03:00Z","stage":"sql","field":"budget","found":"Select"}
 * }</pre>
 */
public final class ExceptionJson {

  private static final Set<String> COMMON = Set.of("type", "recordId", "eventKey", "occurredAt");
  private static final String TYPES =
      Arrays.stream(ExceptionType.values())
          .map(ExceptionJson::wireName)
          .collect(Collectors.joining(", "));
  private static final String KINDS =
      Arrays.stream(DataQualityKind.values())
          .map(kind -> kind.name().toLowerCase(Locale.ROOT))
          .collect(Collectors.joining(", "));

  private ExceptionJson() {}

  /** The exception as one line of JSON, without a line break. */
  public static String write(ExceptionCase exception) {
    ObjectNode node = Json.object();
    node.put("type", wireName(exception.type()));
    node.put("recordId", exception.recordId());
    node.put("eventKey", exception.eventKey());
    Json.putInstant(node, "occurredAt", exception.occurredAt());
    switch (exception) {
      case InvalidTransition invalid -> {
        node.put("from", invalid.from());
        node.put("to", invalid.to());
      }
      case MissingRequiredField missing -> {
        node.put("stage", missing.stage());
        node.put("field", missing.field());
        Json.putText(node, "found", missing.found());
      }
      case MissingReasonCode missing -> {
        node.put("from", missing.from());
        node.put("to", missing.to());
        Json.putText(node, "given", missing.given());
        ArrayNode allowed = node.putArray("allowed");
        missing.allowed().forEach(allowed::add);
      }
      case EntryCriteriaNotMet unmet -> {
        node.put("stage", unmet.stage());
        node.put("criterion", unmet.criterion());
      }
      case OutOfOrderEvent late -> {
        Json.putInstant(node, "latestApplied", late.latestApplied());
        node.put("window", late.window().toString());
      }
      case DataQualityFinding finding -> {
        node.put("kind", finding.kind().name().toLowerCase(Locale.ROOT));
        node.put("field", finding.field());
        node.put("value", finding.value());
        node.put("detail", finding.detail());
      }
      case RoutingFailure failure -> {
        node.put("stage", failure.stage());
        ArrayNode explanation = node.putArray("explanation");
        failure.explanation().forEach(explanation::add);
      }
      case SuspectedDuplicate suspicion -> {
        node.put("duplicateOf", suspicion.duplicateOf());
        ArrayNode signals = node.putArray("signals");
        suspicion.signals().forEach(signal -> signals.add(lower(signal)));
        ArrayNode evidence = node.putArray("evidence");
        for (DuplicateEvidence clue : suspicion.evidence()) {
          evidence
              .addObject()
              .put("attribute", lower(clue.attribute()))
              .put("value", clue.value())
              .put("matchedValue", clue.matchedValue())
              .put("similarity", clue.similarity());
        }
      }
      case SlaBreach breach -> {
        node.put("handoffId", breach.handoffId());
        Json.putInstant(node, "startedAt", breach.startedAt());
        Json.putInstant(node, "dueAt", breach.dueAt());
      }
      case ReportingDispute dispute -> {
        node.put("note", dispute.note());
        node.put("raisedBy", dispute.raisedBy());
      }
    }
    return Json.line(node);
  }

  /**
   * Reads one line written by {@link #write}.
   *
   * @throws EventJsonException if the line is not such an exception; the message names the property
   */
  public static ExceptionCase read(String line) {
    JsonObject object = JsonObject.parse(line, "exception");
    String type = object.text("type");
    JsonObject exception = object.as(JsonObject.quoted(type) + " exception");
    return switch (type) {
      case "invalid_transition" -> {
        exception.allowOnly(with("from", "to"));
        yield new InvalidTransition(
            recordId(exception),
            eventKey(exception),
            exception.instant("occurredAt"),
            exception.text("from"),
            exception.text("to"));
      }
      case "missing_required_field" -> {
        exception.allowOnly(with("stage", "field", "found"));
        yield new MissingRequiredField(
            recordId(exception),
            eventKey(exception),
            exception.instant("occurredAt"),
            exception.text("stage"),
            exception.text("field"),
            exception.optionalText("found"));
      }
      case "missing_reason_code" -> {
        exception.allowOnly(with("from", "to", "given", "allowed"));
        yield new MissingReasonCode(
            recordId(exception),
            eventKey(exception),
            exception.instant("occurredAt"),
            exception.text("from"),
            exception.text("to"),
            exception.optionalText("given"),
            exception.textList("allowed"));
      }
      case "entry_criteria_not_met" -> {
        exception.allowOnly(with("stage", "criterion"));
        yield new EntryCriteriaNotMet(
            recordId(exception),
            eventKey(exception),
            exception.instant("occurredAt"),
            exception.text("stage"),
            exception.text("criterion"));
      }
      case "out_of_order_event" -> {
        exception.allowOnly(with("latestApplied", "window"));
        yield new OutOfOrderEvent(
            recordId(exception),
            eventKey(exception),
            exception.instant("occurredAt"),
            exception.instant("latestApplied"),
            exception.duration("window"));
      }
      case "data_quality" -> {
        exception.allowOnly(with("kind", "field", "value", "detail"));
        yield new DataQualityFinding(
            recordId(exception),
            eventKey(exception),
            exception.instant("occurredAt"),
            kind(exception),
            exception.textOrEmpty("field"),
            exception.textOrEmpty("value"),
            exception.textOrEmpty("detail"));
      }
      case "routing_failure" -> {
        exception.allowOnly(with("stage", "explanation"));
        yield new RoutingFailure(
            recordId(exception),
            eventKey(exception),
            exception.instant("occurredAt"),
            exception.text("stage"),
            exception.textList("explanation"));
      }
      case "suspected_duplicate" -> {
        exception.allowOnly(with("duplicateOf", "signals", "evidence"));
        yield new SuspectedDuplicate(
            recordId(exception),
            eventKey(exception),
            exception.instant("occurredAt"),
            exception.text("duplicateOf"),
            exception.textList("signals").stream()
                .map(name -> constant(exception, "signals", DuplicateSignal.class, name))
                .toList(),
            exception.objectList("evidence", "evidence").stream()
                .map(clue -> {
                  clue.allowOnly(Set.of("attribute", "value", "matchedValue", "similarity"));
                  return new DuplicateEvidence(
                      constant(
                          clue,
                          "attribute",
                          DuplicateEvidence.Attribute.class,
                          clue.text("attribute")),
                      clue.text("value"),
                      clue.text("matchedValue"),
                      clue.fraction("similarity"));
                })
                .toList());
      }
      case "sla_breach" -> {
        exception.allowOnly(with("handoffId", "startedAt", "dueAt"));
        yield new SlaBreach(
            recordId(exception),
            eventKey(exception),
            exception.instant("occurredAt"),
            exception.text("handoffId"),
            exception.instant("startedAt"),
            exception.instant("dueAt"));
      }
      case "reporting_dispute" -> {
        exception.allowOnly(with("note", "raisedBy"));
        yield new ReportingDispute(
            recordId(exception),
            eventKey(exception),
            exception.instant("occurredAt"),
            exception.textOrEmpty("note"),
            exception.textOrEmpty("raisedBy"));
      }
      default ->
          throw object.problem(
              "unknown type '" + JsonObject.quoted(type) + "'; expected one of " + TYPES);
    };
  }

  /** The name of an exception type in the JSON, such as {@code missing_required_field}. */
  public static String wireName(ExceptionType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  private static String recordId(JsonObject exception) {
    return exception.text("recordId");
  }

  private static String eventKey(JsonObject exception) {
    return exception.text("eventKey");
  }

  private static DataQualityKind kind(JsonObject exception) {
    String name = exception.text("kind");
    return Arrays.stream(DataQualityKind.values())
        .filter(kind -> kind.name().toLowerCase(Locale.ROOT).equals(name))
        .findFirst()
        .orElseThrow(() ->
            exception.problem(
                "property 'kind' must be one of "
                    + KINDS
                    + ", not '"
                    + JsonObject.quoted(name)
                    + "'"));
  }

  private static String lower(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  private static <E extends Enum<E>> E constant(
      JsonObject object, String property, Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> lower(constant).equals(name))
        .findFirst()
        .orElseThrow(() ->
            object.problem(
                "property '"
                    + property
                    + "' cannot hold '"
                    + JsonObject.quoted(name)
                    + "'; expected one of "
                    + Arrays.stream(type.getEnumConstants())
                        .map(ExceptionJson::lower)
                        .collect(Collectors.joining(", "))));
  }

  private static Set<String> with(String... names) {
    return Stream.concat(COMMON.stream(), Stream.of(names)).collect(Collectors.toUnmodifiableSet());
  }
}
