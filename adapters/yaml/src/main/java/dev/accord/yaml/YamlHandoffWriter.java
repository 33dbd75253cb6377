package dev.accord.yaml;

import static dev.accord.yaml.YamlWriterScalars.word;

import dev.accord.core.sla.EscalationStep;
import dev.accord.core.sla.EscalationTrigger;
import dev.accord.core.sla.Handoff;
import java.util.Map;

/** Writes the handoff contract: each handoff's owner, SLA and escalation ladder. */
final class YamlHandoffWriter {

  private YamlHandoffWriter() {}

  static Map<String, Object> handoff(Handoff handoff) {
    return new YamlWriterMapping()
        .put("id", handoff.id())
        .put("name", handoff.name())
        .put("from", handoff.from())
        .put("to", handoff.to())
        .put("owner", handoff.owner())
        .put("sla", handoff.sla().toString())
        .put("calendar", handoff.calendar())
        .put("starts_on", word(handoff.startsOn()))
        .put("met_by", word(handoff.metBy()))
        .putUnlessEmpty("pause_in", handoff.pauseIn())
        .putIf(handoff.restartOnActivity(), "restart_on_activity", true)
        .putUnlessEmpty("required_fields", handoff.requiredFields())
        .putEachUnlessEmpty("escalation", handoff.escalation(), YamlHandoffWriter::step)
        .toMap();
  }

  private static Map<String, Object> step(EscalationStep step) {
    return new YamlWriterMapping()
        .put("at", trigger(step.at()))
        .put("action", word(step.action()))
        .put("notify", step.recipients())
        .toMap();
  }

  /** {@code 50%}, {@code breach}, or {@code breach+1h} for a step that waits after the breach. */
  private static String trigger(EscalationTrigger trigger) {
    return switch (trigger) {
      case EscalationTrigger.ShareOfSla share -> share.percent() + "%";
      case EscalationTrigger.AfterBreach after ->
          after.delay().amount() == 0 ? "breach" : "breach+" + after.delay();
    };
  }
}
