package dev.accord.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever it is given, the reader answers: it never throws, and when it builds no accord it says
 * why with at least one error.
 */
class ReaderPropertiesTest {

  private final AccordFileReader reader = new AccordFileReader();

  @Property(tries = 500)
  void arbitraryTextNeverMakesTheReaderThrow(@ForAll String text) {
    assertAnswered(reader.read("fuzz.yaml", text));
  }

  @Property(tries = 500)
  void yamlLikeTextNeverMakesTheReaderThrow(@ForAll("yamlLike") String text) {
    assertAnswered(reader.read("fuzz.yaml", text));
  }

  @Property(tries = 500)
  void editedAccordsNeverMakeTheReaderThrow(@ForAll("editedAccords") String text) {
    assertAnswered(reader.read("fuzz.yaml", text));
  }

  @Property(tries = 200)
  void arbitraryBytesNeverMakeTheReaderThrow(@ForAll byte[] bytes) throws IOException {
    Path file = Files.createTempFile("accord", ".yaml");
    try {
      Files.write(file, bytes);
      assertAnswered(reader.read(file));
    } finally {
      Files.delete(file);
    }
  }

  /** Text built from the characters that matter to YAML, so that it gets past the scanner often. */
  @Provide
  Arbitrary<String> yamlLike() {
    Arbitrary<String> tokens =
        Arbitraries.of(
            "schema_version: 1\n",
            "accord:\n",
            "  name: x\n",
            "objects:\n",
            "  - id: lead\n",
            "    pipelines:\n",
            "      - ",
            "stages: [",
            "]",
            "{",
            "}",
            ", ",
            ": ",
            "- ",
            "\n",
            "  ",
            "&a ",
            "*a",
            "'",
            "\"",
            "#",
            "---\n",
            "? ",
            "|\n",
            "!!str ",
            "from: [a, b]\n",
            "kind: lost\n",
            "id: x\n",
            "%YAML 1.2\n");
    return tokens.list().ofMaxSize(40).map(parts -> String.join("", parts));
  }

  /**
   * A valid accord with a few characters replaced, so that most of the file still reads and the
   * mistakes reach every section of the reader, not only the YAML scanner.
   */
  @Provide
  Arbitrary<String> editedAccords() {
    String accord = AccordFileReaderTest.SMALL_ACCORD;
    Arbitrary<Integer> positions = Arbitraries.integers().between(0, accord.length() - 1);
    Arbitrary<Character> replacements =
        Arbitraries.of(' ', '\n', ':', '-', '[', '{', 'x', '1', '%');
    return positions
        .flatMap(position -> replacements.map(c -> new int[] {position, c}))
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .map(edits -> {
          StringBuilder edited = new StringBuilder(accord);
          for (int[] edit : edits) {
            edited.setCharAt(edit[0], (char) edit[1]);
          }
          return edited.toString();
        });
  }

  private static void assertAnswered(AccordFileReader.ReadResult result) {
    assertThat(result).isNotNull();
    if (result.accord().isEmpty()) {
      assertThat(result.hasErrors()).isTrue();
    }
    assertThat(result.diagnostics())
        .allSatisfy(d -> assertThat(d.format()).startsWith(result.file()));
  }
}
