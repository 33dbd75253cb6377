package dev.accord.core.accord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.AccordFixture;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.queue.ExceptionPolicy;
import dev.accord.core.queue.ExceptionSeverity;
import org.junit.jupiter.api.Test;

class AccordExplanationTest {

  @Test
  void the_summary_of_the_acme_accord_reads_as_documented() {
    assertThat(AccordExplanation.summary(AccordFixture.acme()))
        .isEqualTo(Golden.read("explanation-acme.txt"));
  }

  @Test
  void an_accord_with_nothing_but_its_lifecycle_says_so_in_every_other_section() {
    Accord bare =
        AccordEdits.with(
            AccordFixture.acme(),
            parts -> {
              parts.handoffs = java.util.List.of();
              parts.routing(dev.accord.core.routing.Routing.none());
              parts.kpis = java.util.List.of();
              parts.decisionRights = java.util.List.of();
              parts.goals = java.util.List.of();
              parts.duplicates = java.util.List.of();
            });

    assertThat(AccordExplanation.summary(bare))
        .contains("HANDOFF CONTRACT\n\nNo handoffs.\n")
        .contains("ROUTING\n\nRecords are not routed.\n")
        .contains("SCORECARD\n\nNo KPIs.\n")
        .contains("DECISION RIGHTS\n\nNo decision rights.\n")
        .contains("GOALS\n\nNo shared goals.\n")
        .contains("DUPLICATES\n\nRecords are not checked for duplicates.\n")
        .endsWith(
            "EXCEPTIONS\n\nEvery type of exception goes to its default owner, severity and SLA.\n");
  }

  @Test
  void an_exception_policy_reads_as_owner_severity_and_sla_before_the_defaults_for_the_rest() {
    Accord withPolicy =
        AccordEdits.with(
            AccordFixture.acme(),
            parts ->
                parts.exceptions.add(
                    new ExceptionPolicy(
                        ExceptionType.SLA_BREACH,
                        "revops",
                        ExceptionSeverity.CRITICAL,
                        BusinessDuration.hours(4))));

    assertThat(AccordExplanation.summary(withPolicy))
        .endsWith(
            "EXCEPTIONS\n\n"
                + "sla_breach: owned by revops, critical severity, to be resolved within 4 business"
                + " hours\n"
                + "Every other type of exception goes to its default owner, severity and SLA.\n");
  }
}
