package dev.accord.core.accord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.AccordFixture;
import org.junit.jupiter.api.Test;

class MermaidDiagramTest {

  @Test
  void the_stage_diagram_of_the_acme_accord_reads_as_documented() {
    assertThat(MermaidDiagram.of(AccordFixture.acme()))
        .isEqualTo(Golden.read("stage-diagram-acme.mmd"));
  }

  @Test
  void quotes_in_names_are_escaped_so_the_label_stays_one_string() {
    Accord quoted = AccordEdits.stageNamed(AccordFixture.acme(), "sal", "Sales \"accepted\" #1");

    assertThat(MermaidDiagram.of(quoted))
        .contains("    sal[\"Sales #quot;accepted#quot; #35;1\"]\n");
  }

  @Test
  void a_stage_whose_id_is_a_mermaid_keyword_gets_a_node_id_mermaid_can_read() {
    // "end" closes a subgraph in Mermaid; as a bare node id it would break the diagram.
    Accord keyword = AccordFixture.acme("end");

    assertThat(MermaidDiagram.of(keyword))
        .contains("    stage_end[\"MQL\"]\n")
        .contains("    lead --> stage_end\n")
        .doesNotContain(" end\n    ")
        .doesNotContain("--> end");
  }
}
