package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The example workspaces of the repository, copied so that a test's database stays its own. */
final class Examples {

  private static final Path ROOT = Path.of("../../examples");

  private Examples() {}

  /** Imports one of the example's CSV files through the CLI, under the example's mapping. */
  static void importCsv(Path workspace, String file) {
    CliRun imported =
        CliRun.of(
            "import",
            workspace.resolve(file).toString(),
            "--mapping",
            workspace.resolve("mapping.yaml").toString(),
            "--workspace",
            workspace.toString());
    assertThat(imported.exitCode()).as(imported.all()).isEqualTo(ExitCode.OK);
  }

  /** A copy of the example folder (accord, mapping, data, reference files) inside the folder. */
  static Path copy(String example, Path into) {
    Path from = ROOT.resolve(example);
    Path to = into.resolve(example);
    try (Stream<Path> files = Files.list(from)) {
      Files.createDirectories(to);
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }
}
