package dev.accord.cli;

import dev.accord.core.accord.Accord;
import dev.accord.core.sla.SlaEngine;
import dev.accord.holidays.JollydayPublicHolidays;
import dev.accord.notify.ChannelSettings;
import dev.accord.notify.EscalationDesk;
import dev.accord.notify.RetryPolicy;
import dev.accord.storage.DatabaseUrl;
import dev.accord.storage.Store;
import dev.accord.yaml.AccordChecker;
import dev.accord.yaml.CheckReport;
import dev.accord.yaml.DefaultAccord;
import dev.accord.yaml.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A workspace opened for work: its accord, read and checked, and its store, with the engine of that
 * accord, its triage of new exceptions, its routing, its SLA clocks and its watch for duplicates.
 * Commands that touch records open one, use it and close it.
 */
final class Workspace implements AutoCloseable {

  private final Path folder;
  private final Accord accord;
  private final SlaEngine sla;
  private final Store store;

  private Workspace(Path folder, Accord accord, SlaEngine sla, Store store) {
    this.folder = folder;
    this.accord = accord;
    this.sla = sla;
    this.store = store;
  }

  /** Opens the workspace the options name; a missing or invalid accord is the user's error. */
  static Workspace open(WorkspaceOptions options) {
    Path folder = options.workspace.toAbsolutePath().normalize();
    Accord accord = readAccord(folder);
    String url =
        DatabaseUrl.chosen(options.database(), System.getenv())
            .orElseGet(() -> DatabaseUrl.workspaceDefault(folder));
    JollydayPublicHolidays holidays = new JollydayPublicHolidays();
    SlaEngine sla = accord.slaEngine(holidays);
    Store store =
        Store.open(url)
            .withEngine(accord.lifecycleEngine(), accord.info().version())
            .withTriage(accord.exceptionTriage(holidays))
            .withRouting(accord.routingTable(holidays))
            .withSla(sla);
    // Reads every stored record of the objects with a duplicate rule before the first batch.
    store = store.withDuplicateCheck(DuplicateWatch.of(accord, store));
    return new Workspace(folder, accord, sla, store);
  }

  /**
   * The accord of the workspace the options name, or the default accord when the folder has none:
   * enough for commands that need definitions but no records.
   */
  static Accord accordOrDefault(WorkspaceOptions options) {
    Path folder = options.workspace.toAbsolutePath().normalize();
    if (Files.isRegularFile(folder.resolve(InitCommand.ACCORD_FILE))) {
      return readAccord(folder);
    }
    return AccordChecker.check("default accord", DefaultAccord.text()).accord().orElseThrow();
  }

  private static Accord readAccord(Path folder) {
    Path file = folder.resolve(InitCommand.ACCORD_FILE);
    if (!Files.isRegularFile(file)) {
      throw new UserError(
          "no accord in " + folder + ": " + file.getFileName() + " is missing",
          "run 'accord init " + folder + "' or point --workspace at a folder with an accord.yaml");
    }
    CheckReport report = AccordChecker.check(file);
    if (report.hasErrors() || report.accord().isEmpty()) {
      String errors =
          report.diagnostics().stream()
              .filter(Diagnostic::isError)
              .map(Diagnostic::format)
              .collect(Collectors.joining("\n"));
      throw new UserError(
          file + " has errors:\n" + errors,
          "fix them first; 'accord validate " + file + "' lists them");
    }
    return report.accord().get();
  }

  Path folder() {
    return folder;
  }

  /** Where Accord keeps its own files in the workspace: the database, quarantined rows. */
  Path accordFolder() {
    return folder.resolve(".accord");
  }

  Accord accord() {
    return accord;
  }

  Store store() {
    return store;
  }

  SlaEngine sla() {
    return sla;
  }

  /**
   * The desk that tells people about the escalations the clocks fired, through the channels the
   * environment turns on (see {@link ChannelSettings}).
   */
  EscalationDesk escalationDesk(Map<String, String> environment, Clock clock) {
    ChannelSettings settings = new ChannelSettings(environment);
    try {
      return new EscalationDesk(
          store,
          accord,
          settings.channels(accord.people()),
          RetryPolicy.standard(),
          duration -> Thread.sleep(duration),
          clock,
          settings.staleAfter());
    } catch (IllegalArgumentException e) {
      throw new UserError(
          "the notification settings are wrong: " + e.getMessage(),
          "fix the environment variable; 'accord help sla' lists them");
    }
  }

  @Override
  public void close() {
    store.close();
  }
}
