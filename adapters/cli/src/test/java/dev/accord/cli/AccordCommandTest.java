package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccordCommandTest {

  @Test
  void version_names_the_release_and_the_schema() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("accord ").contains("accord file schema version 1");
  }

  @Test
  void no_subcommand_prints_the_usage_with_every_verb() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("Usage: accord", "init", "validate", "diff", "explain");
  }

  @Test
  void every_command_has_help() {
    for (String command : new String[] {"init", "validate", "diff", "explain"}) {
      CliRun run = CliRun.of(command, "--help");

      assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.OK);
      assertThat(run.out()).as(command).contains("Usage: accord " + command);
    }
  }

  @Test
  void an_unknown_option_is_a_usage_error_with_the_usage_on_stderr() {
    CliRun run = CliRun.of("validate", "--jsn", "accord.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("Unknown option: '--jsn'", "Usage: accord validate");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void an_unknown_command_suggests_the_nearest() {
    CliRun run = CliRun.of("valdate", "accord.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("validate");
  }

  @Test
  void a_missing_argument_is_a_usage_error() {
    CliRun run = CliRun.of("diff", "only-one.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("Missing required parameter: 'NEW'");
  }
}
