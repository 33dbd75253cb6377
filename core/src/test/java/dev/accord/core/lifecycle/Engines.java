package dev.accord.core.lifecycle;

import dev.accord.core.AccordFixtures;
import dev.accord.core.AccordFixtures.Draft;
import java.time.Duration;

/**
 * Engines over the fixture accord (the inbound lead funnel new -> mql -> sal -> sql with
 * disqualified, and the deal pipeline discovery -> proposal -> won | lost), under chosen
 * guardrails. The fixture's placeholders are {@code N/A} and {@code unknown}; mql needs a
 * lead_score of at least 50, sal needs an email, won an amount; disqualifying and losing need a
 * reason code.
 */
final class Engines {

  private Engines() {}

  /** The fixture with its default guardrails: transitions and reason codes block, the rest flag. */
  static LifecycleEngine fixture() {
    return fixture(Guardrails.defaults());
  }

  static LifecycleEngine fixture(Guardrails guardrails) {
    Draft draft = AccordFixtures.draft();
    draft.guardrails = guardrails;
    return draft.build().lifecycleEngine();
  }

  static Guardrails guardrails(
      Enforcement transitionAllowed,
      Enforcement requiredFields,
      Enforcement reasonCode,
      Enforcement eventOrder) {
    return new Guardrails(
        transitionAllowed, requiredFields, reasonCode, eventOrder, Duration.ofHours(1));
  }

  /** Every guardrail flags: the engine never refuses an event of a known record. */
  static Guardrails flaggingEverything() {
    return guardrails(Enforcement.FLAG, Enforcement.FLAG, Enforcement.FLAG, Enforcement.FLAG);
  }

  static Guardrails blockingEverything() {
    return guardrails(Enforcement.BLOCK, Enforcement.BLOCK, Enforcement.BLOCK, Enforcement.BLOCK);
  }
}
