package dev.accord.cli;

import dev.accord.yaml.DefaultAccord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code accord init [DIR]}: starts a workspace from the default accord. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    header = "Write a workspace with the default accord.",
    description =
        "Create a workspace whose accord.yaml is a complete, commented default: Subscriber -> Lead -> MQL -> SAL -> SQL -> Opportunity -> Customer, with Disqualified and Recycled, the standard SLAs, the shared scorecard KPIs, decision rights and one shared goal.")
final class InitCommand implements Callable<Integer> {

  static final String ACCORD_FILE = "accord.yaml";

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "The workspace folder to create or fill (default: the current folder).")
  Path directory = Path.of(".");

  @Option(names = "--force", description = "Overwrite an existing accord.yaml.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Path file = directory.resolve(ACCORD_FILE);
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      err.println("accord: " + directory + " exists and is not a folder.");
      err.println("  hint: give a new or existing folder, for example 'accord init my-accord'.");
      return ExitCode.INPUT;
    }
    if (Files.exists(file) && !force) {
      err.println("accord: " + file + " already exists; nothing was written.");
      err.println("  hint: edit it, or pass --force to replace it with the default.");
      return ExitCode.INPUT;
    }
    Files.createDirectories(directory);
    Files.writeString(file, DefaultAccord.text(), StandardCharsets.UTF_8);
    out.println("Wrote " + file + ".");
    out.println("Next:");
    out.println("  accord validate " + file + "   check it after every edit");
    out.println("  accord explain " + file + "    read it as a summary and a stage diagram");
    out.flush();
    return ExitCode.OK;
  }
}
