package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.yaml.DefaultAccord;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {

  @TempDir Path temp;

  @Test
  void explains_the_lifecycle_and_draws_the_stage_graph_with_slas_on_the_handoffs() {
    Path file = AccordFiles.write(temp, "accord.yaml", DefaultAccord.text());

    CliRun run = CliRun.of("explain", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .contains("LIFECYCLE", "HANDOFF CONTRACT", "ROUTING", "SCORECARD", "DECISION RIGHTS")
        .contains("SLA: 15 business minutes on calendar us_east")
        .contains("```mermaid\nflowchart LR\n")
        .contains("mql -->|\"speed_to_lead: 15m, sal_acceptance: 1d\"| sal");
  }

  @Test
  void the_mermaid_format_prints_the_diagram_alone() {
    Path file = AccordFiles.write(temp, "accord.yaml", DefaultAccord.text());

    CliRun run = CliRun.of("explain", "--format", "mermaid", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("flowchart LR\n").doesNotContain("LIFECYCLE", "```");
  }

  @Test
  void an_invalid_accord_is_not_explained() {
    Path file =
        AccordFiles.write(
            temp, "accord.yaml", AccordFiles.defaultWith("to: customer\n", "to: nowhere\n"));

    CliRun run = CliRun.of("explain", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).contains("nowhere", "fix these errors first");
    assertThat(run.out()).isEmpty();
  }
}
