package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever lands on {@code accord validate}, the user gets a clear message and exit code 1, never a
 * stack trace.
 */
class ValidateBadInputTest {

  @TempDir Path temp;

  @Test
  void a_missing_file() {
    assertRefused(temp.resolve("nope.yaml"), "no such file");
  }

  @Test
  void a_directory() {
    assertRefused(temp, "is a directory");
  }

  @Test
  void an_empty_file() throws IOException {
    assertRefused(Files.writeString(temp.resolve("empty.yaml"), ""), "empty");
  }

  @Test
  void a_file_of_comments_only() throws IOException {
    assertRefused(Files.writeString(temp.resolve("comments.yaml"), "# nothing yet\n\n"), "empty");
  }

  @Test
  void a_binary_file() throws IOException {
    byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertRefused(Files.write(temp.resolve("logo.yaml"), binary), "binary");
  }

  @Test
  void a_file_in_another_encoding() throws IOException {
    byte[] latin1 = "accord:\n  name: Caf\u00e9 accord\n".getBytes(StandardCharsets.ISO_8859_1);
    assertRefused(Files.write(temp.resolve("latin1.yaml"), latin1), "UTF-8");
  }

  @Test
  void a_huge_file() throws IOException {
    String line = "# " + "x".repeat(98) + "\n";
    Path huge = Files.writeString(temp.resolve("huge.yaml"), line.repeat(20_000));
    assertRefused(huge, "too large");
  }

  @Test
  void deeply_nested_yaml() throws IOException {
    String nested = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    assertRefused(Files.writeString(temp.resolve("nested.yaml"), nested), "nest");
  }

  @Test
  void a_billion_laughs_alias_bomb() throws IOException {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char name = 'b'; name <= 'j'; name++) {
      String[] refs = new String[9];
      Arrays.fill(refs, "*" + previous);
      bomb.append(name).append(": &").append(name).append(" [").append(String.join(",", refs));
      bomb.append("]\n");
      previous = name;
    }
    assertRefused(Files.writeString(temp.resolve("bomb.yaml"), bomb), "alias");
  }

  private static void assertRefused(Path file, String explanation) {
    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.INPUT);
    assertThat(run.out()).contains(file.toString() + ":", "error:", "hint:");
    assertThat(run.out()).containsIgnoringCase(explanation);
    assertThat(run.all()).doesNotContain("Exception", "\tat ");
  }
}
