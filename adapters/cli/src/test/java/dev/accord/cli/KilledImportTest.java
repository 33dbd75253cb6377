package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.storage.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed with SIGKILL in the middle resumes on the next run: afterwards the workspace
 * holds exactly what one uninterrupted import gives, nothing lost and nothing twice.
 */
class KilledImportTest {

  @TempDir Path temp;

  @Test
  void an_import_killed_midway_resumes_with_nothing_lost_or_doubled() throws Exception {
    Path killed = Examples.copy("x-education-leads", temp.resolve("killed"));
    Path clean = Examples.copy("x-education-leads", temp.resolve("clean"));

    Process process = startImport(killed);
    // Long enough for the JVM to start and some batches to be stored, short of the whole file.
    boolean finished = process.waitFor(4, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly().waitFor();
    }
    long storedBeforeResume;
    try (Store partial = Store.openWorkspace(killed, Optional.empty())) {
      storedBeforeResume = partial.eventCount();
    }
    CliRun resumed = CliRun.of(importArguments(killed));
    CliRun uninterrupted = CliRun.of(importArguments(clean));

    assertThat(resumed.exitCode()).as(resumed.all()).isEqualTo(ExitCode.OK);
    assertThat(uninterrupted.exitCode()).as(uninterrupted.all()).isEqualTo(ExitCode.OK);
    if (!finished && storedBeforeResume > 0) {
      // The kill landed after some batches were stored: the second run must have resumed.
      assertThat(resumed.out()).contains("Resumed after row");
    }
    try (Store afterKill = Store.openWorkspace(killed, Optional.empty());
        Store reference = Store.openWorkspace(clean, Optional.empty())) {
      assertThat(afterKill.countRecords()).isEqualTo(9_237);
      assertThat(afterKill.eventCount()).isEqualTo(reference.eventCount());
      assertThat(afterKill.stateDigest()).isEqualTo(reference.stateDigest());
    }
  }

  private static Process startImport(Path workspace) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java, "-cp", System.getProperty("java.class.path"), AccordCommand.class.getName()));
    command.addAll(List.of(importArguments(workspace)));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static String[] importArguments(Path workspace) {
    return new String[] {
      "import",
      workspace.resolve("Leads.csv").toString(),
      "--mapping",
      workspace.resolve("mapping.yaml").toString(),
      "--workspace",
      workspace.toString(),
      "--batch-size",
      "250"
    };
  }
}
