package dev.accord.storage;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which database a workspace uses. By default an H2 file database inside the workspace, at {@code
 * .accord/accord}, which needs no server; PostgreSQL (or another H2 file) when the user names it
 * with {@code --db} or the {@value #ENVIRONMENT_VARIABLE} environment variable, the option winning.
 */
public final class DatabaseUrl {

  /** The environment variable that names the database when {@code --db} does not. */
  public static final String ENVIRONMENT_VARIABLE = "ACCORD_DB_URL";

  private static final Pattern PASSWORD =
      Pattern.compile("(password=)[^&;]*", Pattern.CASE_INSENSITIVE);

  private DatabaseUrl() {}

  /**
   * The JDBC URL the user chose: the {@code --db} option if given, else the environment variable if
   * set and not blank; empty when neither names one, and the workspace default applies.
   */
  public static Optional<String> chosen(Optional<String> option, Map<String, String> environment) {
    return option
        .filter(url -> !url.isBlank())
        .or(() -> Optional.ofNullable(environment.get(ENVIRONMENT_VARIABLE)))
        .map(String::strip)
        .filter(url -> !url.isBlank());
  }

  /**
   * The embedded default: an H2 file database at {@code <workspace>/.accord/accord}. H2 writes a
   * commit to its file at once rather than within half a second, so a process killed right after a
   * batch was committed still finds the batch when it restarts.
   */
  public static String workspaceDefault(Path workspace) {
    return "jdbc:h2:file:" + workspaceDatabase(workspace) + ";WRITE_DELAY=0";
  }

  /** Where the default database lives, without H2's {@code .mv.db} ending. */
  static Path workspaceDatabase(Path workspace) {
    return workspace.toAbsolutePath().normalize().resolve(".accord").resolve("accord");
  }

  /** The URL as it may be shown to people: any password in it masked. */
  public static String redacted(String jdbcUrl) {
    return PASSWORD.matcher(jdbcUrl).replaceAll("$1***");
  }

  /** A driver's message with the URL in it masked, as drivers quote the URL they were given. */
  static String redactedIn(String message, String jdbcUrl) {
    return String.valueOf(message).replace(jdbcUrl, redacted(jdbcUrl));
  }
}
