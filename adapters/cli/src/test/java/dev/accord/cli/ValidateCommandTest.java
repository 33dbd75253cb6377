package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir Path temp;

  @Test
  void a_transition_to_an_unknown_stage_is_reported_at_the_stage_name() {
    String position = AccordFiles.positionInDefault("customer\n          # Out of the funnel");
    Path file =
        AccordFiles.write(
            temp, "accord.yaml", AccordFiles.defaultWith("to: customer\n", "to: customr\n"));

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.out())
        .contains(file + ":" + position + ": error: ")
        .contains("customr")
        .contains("  hint: ")
        .contains("`customer`");
  }

  @Test
  void every_problem_is_reported_at_once_with_a_hint_each() {
    String typoPosition = AccordFiles.positionInDefault("pipelines:");
    String zonePosition = AccordFiles.positionInDefault("America/New_York");
    String text =
        AccordFiles.defaultWith("pipelines:", "piplines:")
            .replaceFirst("America/New_York", "America/Nowhere");
    Path file = AccordFiles.write(temp, "accord.yaml", text);

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.out())
        .contains(file + ":" + typoPosition + ": error: unknown key `piplines`")
        .contains("did you mean `pipelines`?")
        .contains(file + ":" + zonePosition + ": error: ")
        .contains("America/Nowhere");
    assertThat(run.out().lines().filter(line -> line.startsWith("  hint: ")).count())
        .isEqualTo(
            run.out().lines().filter(line -> line.startsWith(file.toString() + ":")).count() - 1);
  }

  @Test
  void json_lists_each_diagnostic_with_its_position() throws Exception {
    String position = AccordFiles.positionInDefault("sla: 15m");
    Path file =
        AccordFiles.write(
            temp, "accord.yaml", AccordFiles.defaultWith("sla: 15m", "sla: fifteen minutes"));

    CliRun run = CliRun.of("validate", "--json", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("valid").asBoolean()).isFalse();
    JsonNode only = report.get("files").get(0);
    assertThat(only.get("file").asText()).isEqualTo(file.toString());
    assertThat(only.get("errors").asInt()).isEqualTo(1);
    JsonNode diagnostic = only.get("diagnostics").get(0);
    int line = Integer.parseInt(position.split(":")[0]);
    assertThat(diagnostic.get("line").asInt()).isEqualTo(line);
    assertThat(diagnostic.get("column").asInt()).isEqualTo(10);
    assertThat(diagnostic.get("severity").asText()).isEqualTo("error");
    assertThat(diagnostic.get("message").asText()).contains("fifteen minutes");
    assertThat(diagnostic.get("hint").asText()).isNotBlank();
  }

  @Test
  void strict_fails_on_a_warning_that_alone_passes() {
    // A reason code nobody uses is only a warning.
    Path file =
        AccordFiles.write(
            temp,
            "accord.yaml",
            AccordFiles.defaultWith(
                "reason_codes:\n",
                "reason_codes:\n  - id: gone_fishing\n    label: Gone fishing\n"));

    CliRun lenient = CliRun.of("validate", file.toString());
    CliRun strict = CliRun.of("validate", "--strict", file.toString());

    assertThat(lenient.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(lenient.out()).contains("warning: reason code `gone_fishing` is never used");
    assertThat(strict.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(strict.out()).contains("invalid (0 errors, 1 warning)");
  }

  @Test
  void several_files_are_each_summarised_and_one_bad_file_fails_the_run() {
    Path good = AccordFiles.write(temp, "good.yaml", AccordFiles.defaultWith("", ""));
    Path bad = AccordFiles.write(temp, "bad.yaml", "schema_version: 2\n");

    CliRun run = CliRun.of("validate", good.toString(), bad.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.out())
        .contains(good + ": valid (0 errors, 0 warnings)")
        .contains(bad + ":1:17: error: ")
        .contains(bad + ": invalid (");
  }
}
