package dev.accord.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The example workspaces of the repository, copied so that a test's database stays its own. */
final class Examples {

  private static final Path ROOT = Path.of("../../examples");

  private Examples() {}

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
