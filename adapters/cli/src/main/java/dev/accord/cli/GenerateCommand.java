package dev.accord.cli;

import dev.accord.core.accord.Accord;
import dev.accord.generator.Funnel;
import dev.accord.generator.FunnelGenerator;
import dev.accord.generator.GeneratorSettings;
import dev.accord.holidays.JollydayPublicHolidays;
import dev.accord.json.EventJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code accord generate}: a realistic, reproducible funnel of events to try Accord on. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    header = "Write a realistic synthetic funnel of events.",
    description =
        "Write a synthetic quarter of CRM events as JSON lines: sources with different volumes and conversion, reps with capacity and working hours, SLA breaches, missing and placeholder fields, planted duplicates and out-of-order events. The same seed always gives the same file. Import it with 'accord import FILE'.")
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Option(
      names = "--records",
      required = true,
      paramLabel = "N",
      description = "How many records (leads) to create.")
  long records;

  @Option(names = "--seed", paramLabel = "S", description = "The seed (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(
      names = "--start",
      paramLabel = "DATE",
      description = "The first day of the funnel, UTC (default: ${DEFAULT-VALUE}).")
  LocalDate start = LocalDate.of(2026, 7, 1);

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the events (JSON lines).")
  Path out;

  @Option(
      names = "--truth",
      paramLabel = "FILE",
      description =
          "Also write what was planted (duplicates, late events, SLA clocks) as JSON lines.")
  Path truth;

  @Override
  public Integer call() {
    if (records < 0) {
      throw new UserError("--records cannot be negative", "for example --records 5000");
    }
    Accord accord = Workspace.accordOrDefault(workspaceOptions);
    // The SLA clocks of the ground truth count public holidays as the engine's clock does.
    GeneratorSettings settings =
        GeneratorSettings.of(records, seed, start.atStartOfDay().toInstant(ZoneOffset.UTC))
            .withHolidays(new JollydayPublicHolidays());
    long events =
        writeLines(
            out,
            FunnelGenerator.generate(accord, settings).events().map(EventJson::write).iterator());
    if (truth != null) {
      Funnel again = FunnelGenerator.generate(accord, settings);
      writeLines(
          truth, again.groundTruth().map(fact -> JsonOutput.typedLine((Record) fact)).iterator());
    }
    var console = spec.commandLine().getOut();
    console.printf(
        "Wrote %,d events for %,d records to %s (seed %d).%n", events, records, out, seed);
    if (truth != null) {
      console.println("What was planted: " + truth);
    }
    console.flush();
    return ExitCode.OK;
  }

  private static long writeLines(Path file, Iterator<String> lines) {
    long count = 0;
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        while (lines.hasNext()) {
          writer.write(lines.next());
          writer.newLine();
          count++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count;
  }
}
