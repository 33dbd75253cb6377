package dev.accord.core.lifecycle;

import dev.accord.core.AccordDraft;
import dev.accord.core.AccordFixture;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Engines over the Acme accord of {@link AccordFixture}, under chosen guardrails. What the engine
 * tests lean on: the inbound funnel lead -> mql -> sal -> sql, sal sent back to mql (reject) or mql
 * and sal to nurture (recycle) with a reason, nurture reopened to mql, and mql, sal or sql
 * disqualified with a reason (no_budget, bad_fit or spam; not_ready is a reason code of the accord,
 * but not for disqualifying); the opportunity's pipeline discovery -> proposal -> won | lost. mql
 * needs an email, a lead_score of at least 50 and a country in US or CA; sal needs an email and a
 * company; sql needs a company; won needs an amount. The placeholders are N/A and a lone dash.
 */
final class Engines {

  /** A lead with every field and value that mql, sal and sql ask for. */
  static final Map<String, String> QUALIFIED_LEAD =
      Map.of("lead_score", "80", "country", "US", "email", "ada@example.com", "company", "Initech");

  private Engines() {}

  /**
   * The qualified lead but for one field: another value, or none at all where the value is empty,
   * so that a test breaks exactly the one requirement it is about.
   */
  static Map<String, String> qualifiedLeadBut(String field, String value) {
    Map<String, String> values = new HashMap<>(QUALIFIED_LEAD);
    if (value.isEmpty()) {
      values.remove(field);
    } else {
      values.put(field, value);
    }
    return values;
  }

  /** Acme with its default guardrails: transitions and reason codes block, the rest flag. */
  static LifecycleEngine fixture() {
    return fixture(Guardrails.defaults());
  }

  static LifecycleEngine fixture(Guardrails guardrails) {
    AccordDraft acme = AccordFixture.draft();
    acme.guardrails = guardrails;
    return acme.build().lifecycleEngine();
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
