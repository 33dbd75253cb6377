package dev.accord.cli;

import dev.accord.importer.ImportBatch;
import dev.accord.importer.ImportRun;
import dev.accord.importer.Importer;
import dev.accord.importer.MappingFile;
import dev.accord.importer.MappingRead;
import dev.accord.importer.QuarantineFile;
import dev.accord.storage.ImportCheckpoint;
import dev.accord.storage.IngestReport;
import dev.accord.yaml.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code accord import FILE --mapping MAPPING}: a CRM export into the workspace, row by row through
 * the engine, resumable and idempotent.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    header = "Import a CRM export or a file of events.",
    description =
        "Import a CRM export (CSV or JSON lines) through a mapping file, or a file of Accord events (.jsonl, no mapping). Every row goes through the engine; bad rows go to a quarantine file and never stop the import. Importing the same file again adds nothing, and an import that was killed resumes where its last stored batch ended.")
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Parameters(index = "0", paramLabel = "FILE", description = "The export to import.")
  Path file;

  @Option(
      names = {"-m", "--mapping"},
      paramLabel = "MAPPING",
      description = "The mapping file (YAML) from the export's columns to the accord's fields.")
  Path mapping;

  @Option(names = "--json", description = "Print the summary as JSON.")
  boolean json;

  @Option(
      names = "--batch-size",
      paramLabel = "ROWS",
      description = "Rows stored per transaction (default: ${DEFAULT-VALUE}).")
  int batchSize = Importer.DEFAULT_BATCH_SIZE;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new UserError(
          file + " is not a file", "give the path of the export to import, such as Leads.csv");
    }
    if (batchSize < 1) {
      throw new UserError("--batch-size must be at least 1", "the default is 1000 rows");
    }
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      EventSource source = source(workspace);
      String importKey = importKey(source.name());
      long resumeAfter =
          workspace.store().checkpoint(importKey).map(ImportCheckpoint::rowsDone).orElse(0L);
      Path quarantinePath = quarantinePath(workspace);
      ImportTally tally = new ImportTally();
      Progress progress = Progress.onTerminal(spec.commandLine().getErr());
      try (QuarantineFile quarantine = QuarantineFile.append(quarantinePath);
          RowBatches run = source.read(resumeAfter, batchSize)) {
        while (run.hasNext()) {
          ImportBatch batch = run.next();
          IngestReport report =
              workspace
                  .store()
                  .ingest(
                      batch.events(),
                      batch.findings(),
                      Optional.of(new ImportCheckpoint(importKey, batch.lastRow())));
          quarantine.write(batch);
          tally.add(batch, report);
          progress.rows(tally.read());
        }
        progress.done();
        workspace.store().finishImport(importKey);
        // Records that wait still wait after their last event: the clocks catch up to now.
        SlaCatchUp clocks = SlaCatchUp.to(workspace, Instant.now(), Clock.systemUTC());
        print(tally, quarantine.written() > 0 ? quarantinePath.toString() : "", resumeAfter);
        if (!json) {
          clocks.print(spec.commandLine().getOut());
          spec.commandLine().getOut().flush();
        }
      }
    }
    return ExitCode.OK;
  }

  /** Where the rows come from: an export through its mapping, or a file of Accord events. */
  interface EventSource {
    String name();

    RowBatches read(long startAfterRow, int batchSize);
  }

  private EventSource source(Workspace workspace) {
    if (mapping == null) {
      if (!file.getFileName().toString().endsWith(".jsonl")) {
        throw new UserError(
            "no --mapping given for " + file,
            "give the mapping of this export with --mapping, or import Accord events from a"
                + " .jsonl file");
      }
      return new EventFileSource(file);
    }
    MappingRead read = MappingFile.read(mapping);
    reportOrFail(read.diagnostics(), "the mapping " + mapping);
    Importer importer = Importer.open(file, read.mapping().orElseThrow(), workspace.accord());
    reportOrFail(importer.diagnostics(), "the import of " + file);
    return new EventSource() {
      @Override
      public String name() {
        return importer.source();
      }

      @Override
      public RowBatches read(long startAfterRow, int rows) {
        ImportRun run = importer.read(startAfterRow, rows);
        return RowBatches.of(run, run::close);
      }
    };
  }

  /** Prints every diagnostic; errors stop the import before any row is written. */
  private void reportOrFail(java.util.List<Diagnostic> diagnostics, String what) {
    var err = spec.commandLine().getErr();
    diagnostics.forEach(diagnostic -> err.println(diagnostic.format()));
    err.flush();
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      throw new UserError(
          what + " has errors; nothing was imported", "fix the errors listed above and run again");
    }
  }

  /** The same file under the same mapping resumes the same import; any change starts anew. */
  private String importKey(String sourceName) {
    MessageDigest digest = sha256();
    digest.update(sourceName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    digestFile(digest, file);
    if (mapping != null) {
      digestFile(digest, mapping);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void digestFile(MessageDigest digest, Path path) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UserError("cannot read " + path + ": " + e.getMessage(), "check the file");
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private Path quarantinePath(Workspace workspace) {
    Path folder = workspace.accordFolder().resolve("quarantine");
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder.resolve(file.getFileName() + ".quarantine.csv");
  }

  private void print(ImportTally tally, String quarantine, long resumedAfter) {
    var out = spec.commandLine().getOut();
    ImportTally.Summary summary = tally.summary(quarantine);
    if (json) {
      JsonOutput.print(out, summary);
      return;
    }
    if (resumedAfter > 0) {
      out.printf("Resumed after row %,d, where the previous run stopped.%n", resumedAfter);
    }
    out.printf(
        "Imported %s: %,d rows read, %,d accepted (%,d flagged), %,d rejected, %,d duplicates.%n",
        file,
        summary.read(),
        summary.accepted(),
        summary.flagged(),
        summary.rejected(),
        summary.duplicates());
    if (!quarantine.isEmpty()) {
      out.println("Rejected rows, with row, column and reason: " + quarantine);
    }
    out.flush();
  }
}
