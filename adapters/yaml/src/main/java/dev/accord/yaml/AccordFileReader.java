package dev.accord.yaml;

import dev.accord.core.accord.Accord;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads an accord file into the core's model, reporting everything wrong with its structure at
 * once, each problem at its line and column with a hint.
 *
 * <p>The reader never throws for bad input. A file it cannot read at all (missing, a directory,
 * binary, not UTF-8, too large, not YAML, not a mapping) yields no accord and the reasons why. A
 * file that is a YAML mapping always yields an accord, even when parts of it are wrong: a wrong
 * value is reported and replaced by a harmless stand-in (an element without its {@code id} gets the
 * id {@code ""}), so that the semantic checks of the core can still run on the rest.
 *
 * <p>Anchors and aliases ({@code &name}, {@code *name}) are refused: an accord file has no use for
 * them, and refusing them keeps alias bombs and recursive structures out.
 */
public final class AccordFileReader {

  /**
   * The largest accord file read, in bytes: 1 MiB. An accord is a few hundred lines; a file larger
   * than this is refused before it is read. For text passed in directly, the limit counts
   * characters.
   */
  public static final long MAX_FILE_BYTES = 1_048_576;

  /**
   * How deeply mappings and lists may nest: 64 levels. An accord needs about eight; deeper input is
   * refused before it can exhaust the stack.
   */
  public static final int MAX_NESTING_DEPTH = 64;

  /**
   * How many aliases are listed one by one before a single "too many aliases" closes the list. Any
   * alias at all makes the file unreadable.
   */
  public static final int MAX_REPORTED_ALIASES = 10;

  /**
   * What reading one file gave.
   *
   * @param file the file as it was named
   * @param accord the accord, when the file was a YAML mapping at all
   * @param diagnostics everything wrong with the file's structure, in file order
   * @param sourceMap where each value was written, to place the core's problems
   * @param placeholders where an unreadable value was replaced by a placeholder in the accord
   */
  public record ReadResult(
      String file,
      Optional<Accord> accord,
      List<Diagnostic> diagnostics,
      SourceMap sourceMap,
      Set<Position> placeholders) {

    public ReadResult {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(accord, "accord");
      diagnostics = List.copyOf(diagnostics);
      Objects.requireNonNull(sourceMap, "sourceMap");
      placeholders = Set.copyOf(placeholders);
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  /** Reads the accord file at the path. */
  public ReadResult read(Path file) {
    Findings findings = new Findings(file.toString());
    return FileText.read(file, findings)
        .map(text -> read(text, findings))
        .orElseGet(() -> unread(findings));
  }

  /**
   * Reads an accord from text, such as a file's content at some git revision.
   *
   * @param fileName the name the diagnostics give the text
   */
  public ReadResult read(String fileName, String text) {
    Findings findings = new Findings(fileName);
    if (FileText.tooLarge(text.length(), findings)) {
      return unread(findings);
    }
    return read(text.startsWith("\uFEFF") ? text.substring(1) : text, findings);
  }

  private ReadResult read(String text, Findings findings) {
    Optional<Node> document = new YamlDocument(findings.file()).compose(text, findings);
    if (document.isEmpty()) {
      return unread(findings);
    }
    Optional<Accord> accord = AccordSection.read(document.get(), findings);
    return new ReadResult(
        findings.file(),
        accord,
        findings.diagnostics(),
        SourceMap.of(document.get()),
        findings.placeholders());
  }

  private static ReadResult unread(Findings findings) {
    return new ReadResult(
        findings.file(),
        Optional.empty(),
        findings.diagnostics(),
        SourceMap.empty(),
        findings.placeholders());
  }
}
