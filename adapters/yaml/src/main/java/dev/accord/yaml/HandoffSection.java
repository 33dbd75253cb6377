package dev.accord.yaml;

import static dev.accord.yaml.ValueFormats.FLAG;
import static dev.accord.yaml.ValueFormats.TEXT;
import static dev.accord.yaml.ValueFormats.choice;

import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.sla.EscalationAction;
import dev.accord.core.sla.EscalationStep;
import dev.accord.core.sla.EscalationTrigger;
import dev.accord.core.sla.Handoff;
import dev.accord.core.sla.SlaMeasure;
import dev.accord.core.sla.SlaStart;
import java.util.List;

/** Reads the handoff contract: each handoff's owner, SLA, clock and escalation ladder. */
final class HandoffSection {

  private static final List<String> HANDOFF =
      List.of(
          "id",
          "name",
          "from",
          "to",
          "owner",
          "sla",
          "calendar",
          "starts_on",
          "met_by",
          "pause_in",
          "restart_on_activity",
          "required_fields",
          "escalation");
  private static final List<String> STEP = List.of("at", "action", "notify");

  /** Stands in for an unreadable escalation moment: the breach itself. */
  private static final EscalationTrigger AT_BREACH =
      new EscalationTrigger.AfterBreach(BusinessDuration.minutes(0));

  private HandoffSection() {}

  static List<Handoff> handoffs(YamlMapping accord) {
    return accord.mappings("handoffs", "this handoff", HANDOFF).stream()
        .map(HandoffSection::handoff)
        .toList();
  }

  private static Handoff handoff(YamlMapping handoff) {
    return new Handoff(
        handoff.required("id", TEXT, ""),
        handoff.get("name", TEXT, ""),
        handoff.required("from", TEXT, ""),
        handoff.required("to", TEXT, ""),
        handoff.required("owner", TEXT, ""),
        handoff.required("sla", TimeFormats.BUSINESS_DURATION, BusinessDuration.minutes(0)),
        handoff.required("calendar", TEXT, ""),
        handoff.get("starts_on", choice(SlaStart.class, "clock start"), SlaStart.STAGE_ENTRY),
        handoff.required("met_by", choice(SlaMeasure.class, "SLA measure"), SlaMeasure.FIRST_TOUCH),
        handoff.list("pause_in", TEXT),
        handoff.get("restart_on_activity", FLAG, false),
        handoff.list("required_fields", TEXT),
        handoff.mappings("escalation", "this escalation step", STEP).stream()
            .map(step ->
                new EscalationStep(
                    step.required("at", TimeFormats.ESCALATION_TRIGGER, AT_BREACH),
                    step.required(
                        "action",
                        choice(EscalationAction.class, "escalation action"),
                        EscalationAction.NOTIFY),
                    step.list("notify", TEXT)))
            .toList());
  }
}
