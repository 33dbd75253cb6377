package dev.accord.core.lifecycle;

import dev.accord.core.event.EventHeader;
import dev.accord.core.exception.ExceptionCase.EntryCriteriaNotMet;
import dev.accord.core.exception.ExceptionCase.MissingRequiredField;
import dev.accord.core.field.Criterion;
import dev.accord.core.field.Placeholders;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the engine needs to know about one stage, looked up once: the object and pipeline it
 * belongs to, what a record must bring to enter it, and the transitions that leave it, keyed by
 * target stage.
 *
 * @param objectId the object whose pipeline holds the stage
 * @param pipelineId the pipeline that holds it
 * @param stageId the stage's id
 * @param fields what counts as empty for the object's fields
 * @param requiredFields the fields that must hold a real value on entry
 * @param criteria the stage's entry criteria
 * @param exits the first transition of the pipeline from this stage to each target stage
 */
record StageRules(
    String objectId,
    String pipelineId,
    String stageId,
    Placeholders fields,
    List<String> requiredFields,
    List<Criterion> criteria,
    Map<String, Transition> exits) {

  /** The transition the pipeline offers from this stage to the target, if any. */
  Optional<Transition> exitTo(String targetStage) {
    return Optional.ofNullable(exits.get(targetStage));
  }

  /**
   * Judges a record entering this stage with the given fields: every required field missing and
   * every entry criterion not met is a breach, blocking or flagging as the accord declares.
   */
  void judgeEntry(
      Map<String, String> values, EventHeader header, Enforcement enforcement, Breaches breaches) {
    for (String field : requiredFields) {
      String value = values.get(field);
      if (fields.isMissing(field, value)) {
        Optional<String> placeholder =
            value != null && fields.isSentinel(field, value)
                ? Optional.of(value)
                : Optional.empty();
        breaches.add(
            new MissingRequiredField(
                header.recordId(),
                header.idempotencyKey(),
                header.occurredAt(),
                stageId,
                field,
                placeholder),
            enforcement);
      }
    }
    for (Criterion criterion : criteria) {
      if (!criterion.isMetBy(values, fields)) {
        breaches.add(
            new EntryCriteriaNotMet(
                header.recordId(),
                header.idempotencyKey(),
                header.occurredAt(),
                stageId,
                criterion.statement()),
            enforcement);
      }
    }
  }
}
