package dev.accord.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

  private static final String POSTGRES = "jdbc:postgresql://db:5432/accord?user=ops";

  @Test
  void theOptionWinsOverTheEnvironment() {
    assertThat(
            DatabaseUrl.chosen(
                Optional.of("jdbc:h2:file:/srv/accord"), Map.of("ACCORD_DB_URL", POSTGRES)))
        .contains("jdbc:h2:file:/srv/accord");
  }

  @Test
  void theEnvironmentNamesTheDatabaseWhenTheOptionDoesNot() {
    assertThat(DatabaseUrl.chosen(Optional.empty(), Map.of("ACCORD_DB_URL", " " + POSTGRES)))
        .contains(POSTGRES);
    // A blank option, as a script passing an unset variable gives, is no choice.
    assertThat(DatabaseUrl.chosen(Optional.of(""), Map.of("ACCORD_DB_URL", POSTGRES)))
        .contains(POSTGRES);
  }

  @Test
  void withNeitherTheWorkspaceDefaultApplies() {
    assertThat(DatabaseUrl.chosen(Optional.empty(), Map.of())).isEmpty();
    assertThat(DatabaseUrl.chosen(Optional.empty(), Map.of("ACCORD_DB_URL", "  "))).isEmpty();
  }

  @Test
  void theDefaultIsAnH2FileInsideTheWorkspace() {
    assertThat(DatabaseUrl.workspaceDefault(Path.of("/work/acme/./ops/..")))
        .isEqualTo("jdbc:h2:file:/work/acme/.accord/accord;WRITE_DELAY=0");
  }

  @Test
  void aPasswordIsMaskedWhereverItStands() {
    assertThat(
            DatabaseUrl.redacted("jdbc:postgresql://db/accord?user=ops&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/accord?user=ops&password=***&ssl=true");
    assertThat(DatabaseUrl.redacted("jdbc:h2:file:/srv/accord;USER=sa;PASSWORD=s3cret"))
        .isEqualTo("jdbc:h2:file:/srv/accord;USER=sa;PASSWORD=***");
  }
}
