package dev.accord.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that is no accord at all: a missing file, a directory, binary or non-UTF-8 bytes, an empty
 * or oversized file, YAML that is broken or built to exhaust the reader. Each yields no accord and
 * one clear diagnostic, never an exception.
 */
class BadInputTest {

  private final AccordFileReader reader = new AccordFileReader();

  @TempDir Path directory;

  @Test
  void aMissingFileHasNoPosition() {
    Path missing = directory.resolve("accord.yaml");

    AccordFileReader.ReadResult result = reader.read(missing);

    assertThat(result.accord()).isEmpty();
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(d -> {
          assertThat(d.line()).isZero();
          assertThat(d.message()).isEqualTo("no such file: `" + missing + "`");
          assertThat(d.format()).startsWith(missing + ": error: no such file");
        });
  }

  @Test
  void aDirectoryIsNotAnAccordFile() {
    AccordFileReader.ReadResult result = reader.read(directory);

    assertThat(Problems.of(result))
        .containsExactly("0:0 `" + directory + "` is a directory, not a file");
    assertThat(result.diagnostics().getFirst().hint()).contains("accord.yaml");
  }

  @Test
  void anEmptyFileOrOneWithOnlyCommentsHoldsNoAccord() throws IOException {
    Path empty = Files.writeString(directory.resolve("empty.yaml"), "");
    Path comments = Files.writeString(directory.resolve("comments.yaml"), "# to do\n\n   \n");

    assertThat(Problems.of(reader.read(empty)))
        .containsExactly("1:1 the file is empty: it holds no YAML, only blank lines or comments");
    assertThat(Problems.of(reader.read(comments)))
        .containsExactly("1:1 the file is empty: it holds no YAML, only blank lines or comments");
    assertThat(reader.read(comments).accord()).isEmpty();
  }

  @Test
  void aBinaryFileIsReportedAtItsFirstNulByte() throws IOException {
    Path binary = directory.resolve("logo.yaml");
    Files.write(binary, new byte[] {'a', ':', ' ', '1', '\n', 'b', 'c', 0, 7, 'x'});

    assertThat(Problems.of(reader.read(binary)))
        .containsExactly("2:3 the file is binary, not text: it holds a NUL byte at byte offset 7");
  }

  @Test
  void bytesThatAreNotUtf8AreReportedAtTheirOffset() throws IOException {
    Path latin1 = directory.resolve("accord.yaml");
    Files.write(
        latin1,
        "schema_version: 1\naccord: {name: Müller}\n".getBytes(StandardCharsets.ISO_8859_1));

    // "ü" in Latin-1 is the single byte 0xFC, which UTF-8 cannot start a character with.
    assertThat(Problems.of(reader.read(latin1)))
        .containsExactly("2:17 the file is not valid UTF-8: malformed bytes at byte offset 34");
  }

  @Test
  void aLeadingByteOrderMarkIsNoProblem() throws IOException {
    Path withBom = directory.resolve("accord.yaml");
    Files.writeString(withBom, "\uFEFFschema_version: 1\naccord: {name: Acme}\nobjects: []\n");

    assertThat(reader.read(withBom).diagnostics()).isEmpty();
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
    Path huge = directory.resolve("huge.yaml");
    Files.write(huge, new byte[(int) AccordFileReader.MAX_FILE_BYTES + 1]);

    assertThat(Problems.of(reader.read(huge)))
        .containsExactly(
            "0:0 the file is too large: 1,048,577 bytes, more than the 1,048,576 bytes (1 MiB) an"
                + " accord file may have");
  }

  @Test
  void textLargerThanTheLimitIsRefusedToo() {
    String huge = "a: " + "x".repeat((int) AccordFileReader.MAX_FILE_BYTES);

    assertThat(reader.read("big.yaml", huge).accord()).isEmpty();
    assertThat(Problems.of(reader.read("big.yaml", huge)))
        .singleElement()
        .asString()
        .contains("too large");
  }

  @Test
  void aFileExactlyAtTheLimitIsRead() throws IOException {
    // The limit is inclusive: a long comment pads a valid accord to exactly 1 MiB.
    String accord = "schema_version: 1\naccord: {name: Acme}\nobjects: []\n# ";
    String padded = accord + "x".repeat((int) AccordFileReader.MAX_FILE_BYTES - accord.length());
    Path file = Files.writeString(directory.resolve("accord.yaml"), padded);

    assertThat(Files.size(file)).isEqualTo(AccordFileReader.MAX_FILE_BYTES);
    assertThat(reader.read(file).diagnostics()).isEmpty();
  }

  @Test
  void aYamlSyntaxErrorIsReportedAtTheProblemMark() {
    String badIndent =
        """
        schema_version: 1
        accord:
          name: Acme
           version: 2
        """;

    AccordFileReader.ReadResult result = reader.read("accord.yaml", badIndent);

    assertThat(result.accord()).isEmpty();
    assertThat(Problems.of(result))
        .containsExactly("4:11 YAML syntax error: mapping values are not allowed here");
    assertThat(result.diagnostics().getFirst().hint()).contains("indentation");
  }

  @Test
  void anUnclosedQuoteTellsWhereTheQuoteOpened() {
    String unclosed =
        """
        schema_version: 1
        accord:
          name: "Acme
        objects: []
        """;

    assertThat(Problems.of(unclosed))
        .containsExactly(
            "5:1 YAML syntax error: found unexpected end of stream while scanning a quoted scalar"
                + " that starts at 3:9");
    assertThat(Problems.hintAt(unclosed, 5, 1))
        .startsWith("close the quote opened at line 3, column 9");
  }

  @Test
  void aTabUsedForIndentationIsASyntaxError() {
    String tabbed = "schema_version: 1\naccord:\n\tname: Acme\n";

    assertThat(Problems.of(tabbed)).singleElement().asString().startsWith("3:1 YAML syntax error");
    assertThat(Problems.hintAt(tabbed, 3, 1)).contains("spaces");
  }

  @Test
  void aControlCharacterIsReportedWhereItStands() {
    assertThat(Problems.of("schema_version: 1\naccord: {name: A\u0007cme}\n"))
        .containsExactly("2:17 character U+0007 is not allowed in a YAML file");
  }

  @Test
  void aTopLevelThatIsNotAMappingHoldsNoAccord() {
    AccordFileReader.ReadResult list = reader.read("accord.yaml", "- schema_version: 1\n");

    assertThat(list.accord()).isEmpty();
    assertThat(Problems.of(list))
        .containsExactly("1:1 the accord file should be a mapping of keys at the top, not a list");
  }

  @Test
  void aSecondDocumentIsRefused() {
    String twoDocuments =
        """
        schema_version: 1
        ---
        schema_version: 1
        """;

    assertThat(Problems.of(twoDocuments))
        .containsExactly(
            "2:1 a second YAML document starts here; an accord file holds exactly one");
  }

  @Test
  void deeplyNestedYamlIsRefusedWithoutOverflowingTheStack() {
    String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";

    // a: opens level 1, so the 64th bracket, at column 4 + 63, opens level 65.
    assertThat(Problems.of(deep))
        .containsExactly("1:67 the YAML is nested more than 64 levels deep");
  }

  @Test
  void deeplyNestedBlockListsAreRefusedToo() {
    String deep = "a:\n" + "- ".repeat(5_000) + "x\n";

    assertThat(reader.read("accord.yaml", deep).accord()).isEmpty();
    assertThat(Problems.of(deep))
        .singleElement()
        .asString()
        .endsWith("nested more than 64 levels deep");
  }

  @Test
  void anAliasIsRefusedAtItsPlace() {
    String aliased =
        """
        schema_version: 1
        accord: &header {name: Acme}
        copy: *header
        """;

    AccordFileReader.ReadResult result = reader.read("accord.yaml", aliased);

    assertThat(result.accord()).isEmpty();
    assertThat(Problems.of(result))
        .containsExactly("3:7 alias `*header` is not allowed in an accord file");
  }

  @Test
  void anAliasBombIsCutShortWithTooManyAliases() {
    // "Billion laughs": nine levels of nine aliases each would expand to 9^9 strings.
    StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    String previous = "a";
    for (String level : new String[] {"b", "c", "d", "e", "f", "g", "h", "i"}) {
      bomb.append(level).append(": &").append(level).append(" [");
      bomb.append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous)));
      bomb.append("]\n");
      previous = level;
    }

    AccordFileReader.ReadResult result = reader.read("bomb.yaml", bomb.toString());

    assertThat(result.accord()).isEmpty();
    assertThat(result.diagnostics()).hasSize(AccordFileReader.MAX_REPORTED_ALIASES + 1);
    assertThat(result.diagnostics().getLast().message())
        .isEqualTo("too many aliases: only the first 10 are listed");
  }
}
