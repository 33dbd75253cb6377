package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.yaml.DefaultAccord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

  @TempDir Path temp;

  @Test
  void writes_the_default_accord_into_a_new_folder_and_it_validates_clean() throws IOException {
    Path workspace = temp.resolve("acme");

    CliRun init = CliRun.of("init", workspace.toString());

    assertThat(init.exitCode()).isEqualTo(ExitCode.OK);
    Path file = workspace.resolve("accord.yaml");
    assertThat(Files.readString(file)).isEqualTo(DefaultAccord.text());
    CliRun validate = CliRun.of("validate", file.toString());
    assertThat(validate.exitCode()).as(validate.out()).isEqualTo(ExitCode.OK);
    assertThat(validate.out()).isEqualTo(file + ": valid (0 errors, 0 warnings)\n");
  }

  @Test
  void refuses_to_overwrite_an_existing_accord_unless_forced() throws IOException {
    Path file = temp.resolve("accord.yaml");
    Files.writeString(file, "# our own accord\n");

    CliRun refused = CliRun.of("init", temp.toString());

    assertThat(refused.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(refused.err()).contains("already exists", "--force");
    // Nothing the team wrote is lost.
    assertThat(Files.readString(file)).isEqualTo("# our own accord\n");

    CliRun forced = CliRun.of("init", "--force", temp.toString());

    assertThat(forced.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(file)).isEqualTo(DefaultAccord.text());
  }

  @Test
  void refuses_a_file_where_a_folder_is_expected() throws IOException {
    Path notAFolder = Files.writeString(temp.resolve("notes.txt"), "x");

    CliRun run = CliRun.of("init", notAFolder.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).contains("is not a folder");
  }
}
