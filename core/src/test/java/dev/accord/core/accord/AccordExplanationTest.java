package dev.accord.core.accord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.AccordFixture;
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
            });

    assertThat(AccordExplanation.summary(bare))
        .contains("HANDOFF CONTRACT\n\nNo handoffs.\n")
        .contains("ROUTING\n\nRecords are not routed.\n")
        .contains("SCORECARD\n\nNo KPIs.\n")
        .contains("DECISION RIGHTS\n\nNo decision rights.\n")
        .endsWith("GOALS\n\nNo shared goals.\n");
  }
}
