package dev.accord.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where a command finds the accord and the database: shared by every command that uses them. */
final class WorkspaceOptions {

  @Option(
      names = {"-w", "--workspace"},
      paramLabel = "DIR",
      description =
          "The workspace: the folder holding accord.yaml and, unless --db says otherwise, its"
              + " embedded database in DIR/.accord/ (default: the current folder).")
  Path workspace = Path.of(".");

  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "The database, as a JDBC URL such as jdbc:postgresql://localhost/accord?user=accord"
              + " (default: $ACCORD_DB_URL, else the embedded H2 database of the workspace).")
  String database;

  Optional<String> database() {
    return Optional.ofNullable(database);
  }
}
