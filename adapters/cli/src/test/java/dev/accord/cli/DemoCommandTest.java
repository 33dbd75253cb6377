package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accord demo}: the loop from nothing to a scorecard, and nothing twice. */
class DemoCommandTest {

  @TempDir Path temp;

  @Test
  void a_fresh_folder_gets_an_accord_a_quarter_of_data_through_the_engine_and_a_scorecard() {
    Path workspace = temp.resolve("demo");

    CliRun first = CliRun.of("demo", workspace.toString(), "--records", "400");
    CliRun second = CliRun.of("demo", workspace.toString(), "--records", "400");

    assertThat(first.exitCode()).as(first.all()).isEqualTo(ExitCode.OK);
    assertThat(Files.isRegularFile(workspace.resolve("accord.yaml"))).isTrue();
    assertThat(first.out())
        .contains("$ accord init " + workspace)
        .contains("$ accord generate --records 400 --seed 7")
        .containsPattern("Imported .*: [0-9,]+ rows read, [0-9,]+ accepted")
        .contains("Scorecard, ", "mql_volume", "won_revenue")
        .contains("accord exceptions --workspace " + workspace);
    // Run again, it keeps the accord and the import adds nothing.
    assertThat(second.exitCode()).as(second.all()).isEqualTo(ExitCode.OK);
    assertThat(second.out()).doesNotContain("$ accord init").contains(" 0 accepted");
  }
}
