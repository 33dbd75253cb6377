package dev.accord.importer;

import dev.accord.yaml.Diagnostic;
import dev.accord.yaml.Position;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a mapping file (YAML, described in {@code docs/mappings.md}) into a {@link Mapping},
 * reporting every mistake of its own — syntax, unknown keys, a bad time zone, delimiter, encoding
 * or date pattern — at its line and column. Whether the columns and stages it names exist is known
 * only against a data file and an accord: {@link Importer#open} checks that.
 */
public final class MappingFile {

  /** The largest mapping file read: 1 MiB, far more than any mapping needs. */
  public static final long MAX_FILE_BYTES = 1_048_576;

  /** The patterns tried when a mapping names none: ISO-8601 dates and date-times. */
  public static final List<String> DEFAULT_DATE_FORMATS =
      List.of(
          "yyyy-MM-dd'T'HH:mm:ss[.SSS]XXX",
          "yyyy-MM-dd'T'HH:mm:ss[.SSS]",
          "yyyy-MM-dd HH:mm:ss",
          "yyyy-MM-dd");

  private MappingFile() {}

  /** Reads the mapping file at the path; reference files are found next to it. */
  public static MappingRead read(Path file) {
    String name = file.toString();
    Path directory = file.toAbsolutePath().getParent();
    try {
      if (!Files.isRegularFile(file)) {
        return unread(
            name,
            Files.isDirectory(file)
                ? "`" + file + "` is a directory, not a mapping file"
                : "no such mapping file: `" + file + "`",
            "name the mapping's YAML file, such as `mapping.yaml`");
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        return unread(
            name,
            "the mapping file is too large: " + Files.size(file) + " bytes, more than 1 MiB",
            "check that this is the mapping file");
      }
      byte[] bytes = Files.readAllBytes(file);
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return read(name, text, directory);
    } catch (CharacterCodingException notUtf8) {
      return unread(name, "the mapping file is not valid UTF-8", "save it as UTF-8 text");
    } catch (IOException unreadable) {
      return unread(
          name,
          "cannot read `" + file + "`: " + unreadable.getMessage(),
          "check that the file exists and can be read");
    }
  }

  /**
   * Reads a mapping from text.
   *
   * @param fileName the name diagnostics give the text
   * @param directory the folder reference files are found in
   */
  public static MappingRead read(String fileName, String text, Path directory) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<Node> document =
        compose(fileName, text.startsWith("\uFEFF") ? text.substring(1) : text, diagnostics);
    if (document.isEmpty()) {
      return new MappingRead(fileName, Optional.empty(), diagnostics);
    }
    MappingSection root =
        MappingSection.of(document.get(), "the mapping", MappingKeys.KEYS, fileName, diagnostics);
    Optional<Mapping> mapping =
        document.get() instanceof MappingNode
            ? Optional.of(new MappingKeys(root, fileName, directory).mapping())
            : Optional.empty();
    MappingRead read = new MappingRead(fileName, mapping, diagnostics);
    return read.hasErrors() ? new MappingRead(fileName, Optional.empty(), diagnostics) : read;
  }

  private static Optional<Node> compose(
      String fileName, String text, List<Diagnostic> diagnostics) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(fileName)
            .setSchema(new CoreSchema())
            .setCodePointLimit((int) MAX_FILE_BYTES)
            .setMaxAliasesForCollections(0)
            .setAllowRecursiveKeys(false)
            .build();
    try {
      Optional<Node> document =
          new Compose(settings).composeReader(new dev.accord.yaml.WholeCharacterReader(text));
      if (document.isEmpty()) {
        diagnostics.add(
            Diagnostic.error(
                fileName,
                new Position(1, 1),
                "the mapping file is empty",
                "a mapping starts with `object:`, `record_id:` and `snapshot:`; see docs/mappings.md"));
      }
      return document;
    } catch (MarkedYamlEngineException syntax) {
      Position at =
          syntax
              .getProblemMark()
              .or(syntax::getContextMark)
              .map(mark -> new Position(mark.getLine() + 1, mark.getColumn() + 1))
              .orElse(Position.NONE);
      diagnostics.add(
          Diagnostic.error(
              fileName,
              at,
              "YAML syntax error: " + syntax.getProblem(),
              "check the indentation and the quotes around this place"));
    } catch (YamlEngineException | StackOverflowError unreadable) {
      diagnostics.add(
          Diagnostic.error(
              fileName,
              Position.NONE,
              "the YAML cannot be read: " + unreadable.getMessage(),
              "check that this is a mapping file written in YAML"));
    }
    return Optional.empty();
  }

  private static MappingRead unread(String file, String message, String hint) {
    return new MappingRead(
        file, Optional.empty(), List.of(Diagnostic.error(file, Position.NONE, message, hint)));
  }
}
