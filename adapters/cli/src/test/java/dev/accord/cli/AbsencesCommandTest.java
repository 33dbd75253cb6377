package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Absences through the CLI, against a workspace with the default accord's people. */
class AbsencesCommandTest {

  @TempDir Path temp;

  @Test
  void anAbsenceIsAddedListedAndRemoved() {
    Path workspace = temp.resolve("acme");
    CliRun.of("init", workspace.toString());
    String ws = workspace.toString();

    CliRun added =
        CliRun.of(
            "absences",
            "add",
            "jake",
            "--from",
            "2026-12-21T00:00:00Z",
            "--until",
            "2027-01-04T00:00:00Z",
            "--note",
            "holidays",
            "--workspace",
            ws);
    CliRun listed = CliRun.of("absences", "--workspace", ws);
    CliRun removed = CliRun.of("absences", "remove", "1", "--workspace", ws);
    CliRun again = CliRun.of("absences", "remove", "1", "--workspace", ws);

    assertThat(added.exitCode()).as(added.all()).isEqualTo(ExitCode.OK);
    assertThat(added.out())
        .isEqualTo(
            "Absence 1: jake is out of office from 2026-12-21T00:00:00Z until"
                + " 2027-01-04T00:00:00Z.\n");
    assertThat(listed.out()).contains("jake", "2026-12-21T00:00:00Z", "holidays");
    assertThat(removed.out()).isEqualTo("Absence 1 removed.\n");
    assertThat(again.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(again.err()).contains("no absence 1");
    assertThat(CliRun.of("absences", "--workspace", ws).out())
        .isEqualTo("Nobody is recorded as out of office.\n");
  }

  @Test
  void anUnknownPersonOrABackwardsSpanIsRefused() {
    Path workspace = temp.resolve("acme");
    CliRun.of("init", workspace.toString());
    String ws = workspace.toString();

    CliRun nobody =
        CliRun.of(
            "absences",
            "add",
            "zoe",
            "--from",
            "2026-12-21T00:00:00Z",
            "--until",
            "2027-01-04T00:00:00Z",
            "--workspace",
            ws);
    CliRun backwards =
        CliRun.of(
            "absences",
            "add",
            "jake",
            "--from",
            "2027-01-04T00:00:00Z",
            "--until",
            "2026-12-21T00:00:00Z",
            "--workspace",
            ws);

    assertThat(nobody.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(nobody.err()).contains("no person `zoe` in the accord");
    assertThat(backwards.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(backwards.err()).contains("is not after --from");
  }
}
