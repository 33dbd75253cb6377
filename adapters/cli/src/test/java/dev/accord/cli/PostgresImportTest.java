package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.storage.Store;
import dev.accord.testkit.PostgresServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same import against a real PostgreSQL server chosen with --db, as in production. */
class PostgresImportTest {

  @TempDir Path temp;

  @Test
  void the_opportunities_import_into_postgresql_and_rebuild_to_the_same_state() {
    Path workspace = Examples.copy("crm-sales-opportunities", temp);
    String url = PostgresServer.newDatabase();

    CliRun first = CliRun.of(importArguments(workspace, url));
    CliRun again = CliRun.of(importArguments(workspace, url));
    CliRun rebuild = CliRun.of("rebuild", "--workspace", workspace.toString(), "--db", url);

    assertThat(first.exitCode()).as(first.all()).isEqualTo(ExitCode.OK);
    assertThat(first.out()).contains("8,800 rows read, 8,800 accepted");
    assertThat(again.out()).contains("0 accepted", "8,800 duplicates");
    assertThat(rebuild.out()).contains("State reproduced exactly");
    try (Store store = Store.open(url)) {
      assertThat(store.countRecords()).isEqualTo(8_800);
    }
    // Nothing was written to the workspace's embedded database.
    assertThat(workspace.resolve(".accord/accord.mv.db")).doesNotExist();
  }

  private static String[] importArguments(Path workspace, String url) {
    return new String[] {
      "import",
      workspace.resolve("sales_pipeline.csv").toString(),
      "--mapping",
      workspace.resolve("mapping.yaml").toString(),
      "--workspace",
      workspace.toString(),
      "--db",
      url
    };
  }
}
