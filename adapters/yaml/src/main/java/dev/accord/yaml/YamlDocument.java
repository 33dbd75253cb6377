package dev.accord.yaml;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Turns the text of an accord file into a YAML node tree that knows where each node was written.
 *
 * <p>The text is first scanned as a flat stream of events, which needs no recursion. Only a text
 * that passes that scan is composed into a tree, so that nesting too deep for the recursive
 * composer, aliases (and with them "billion laughs" alias bombs and recursive structures) and extra
 * documents are turned away with a message at their place instead of exhausting the stack or the
 * memory.
 */
final class YamlDocument {

  private final LoadSettings settings;

  YamlDocument(String file) {
    // Aliases never reach the composer: the scan refuses them first. The composer's own alias
    // limits are kept at their strictest all the same, as a second guard.
    this.settings =
        LoadSettings.builder()
            .setLabel(file)
            .setSchema(new CoreSchema())
            .setCodePointLimit(Math.toIntExact(AccordFileReader.MAX_FILE_BYTES))
            .setMaxAliasesForCollections(0)
            .setAllowRecursiveKeys(false)
            .build();
  }

  /** The document's tree; empty, with the reasons noted, when there is none to read. */
  Optional<Node> compose(String text, Findings findings) {
    try {
      if (!isSafeToCompose(text, findings)) {
        return Optional.empty();
      }
      Optional<Node> document = new Compose(settings).composeReader(new WholeCharacterReader(text));
      if (document.isEmpty()) {
        findings.error(
            new Position(1, 1),
            "the file is empty: it holds no YAML, only blank lines or comments",
            "an accord file starts with `schema_version: 1` followed by `accord:` and `objects:`");
      }
      return document;
    } catch (MarkedYamlEngineException syntax) {
      findings.error(
          syntax.getProblemMark().or(syntax::getContextMark),
          "YAML syntax error: " + describe(syntax),
          SyntaxHints.hintFor(syntax));
    } catch (ReaderException character) {
      findings.error(
          positionOfCodePoint(text, character.getPosition()),
          "character U+"
              + String.format("%04X", character.getCodePoint())
              + " is not allowed in a YAML file",
          "remove it; an accord file is plain text");
    } catch (YamlEngineException unreadable) {
      findings.error(
          Position.NONE,
          "the YAML cannot be read: " + unreadable.getMessage(),
          "check that this is an accord file written in YAML");
    } catch (StackOverflowError tooDeep) {
      findings.error(
          Position.NONE,
          "the YAML is nested too deeply to read",
          "an accord file needs only a few levels of nesting");
    }
    return Optional.empty();
  }

  /**
   * Scans the events of the text for what the composer must not see: too deep a nesting, aliases,
   * more than one document. Syntax errors surface here too, as exceptions.
   */
  private boolean isSafeToCompose(String text, Findings findings) {
    int depth = 0;
    int aliases = 0;
    int documents = 0;
    for (Event event : new Parse(settings).parseReader(new WholeCharacterReader(text))) {
      switch (event.getEventId()) {
        case MappingStart, SequenceStart -> {
          if (++depth > AccordFileReader.MAX_NESTING_DEPTH) {
            findings.error(
                event.getStartMark(),
                "the YAML is nested more than "
                    + AccordFileReader.MAX_NESTING_DEPTH
                    + " levels deep",
                "an accord file needs only a few levels of nesting; look for runaway `[`, `{` or"
                    + " `- `");
            return false;
          }
        }
        case MappingEnd, SequenceEnd -> depth--;
        case Alias -> {
          aliases++;
          if (aliases <= AccordFileReader.MAX_REPORTED_ALIASES) {
            findings.error(
                event.getStartMark(),
                "alias `*" + ((AliasEvent) event).getAlias() + "` is not allowed in an accord file",
                "write the value out in full; accord files use no anchors (`&`) or aliases (`*`)");
          } else if (aliases == AccordFileReader.MAX_REPORTED_ALIASES + 1) {
            findings.error(
                event.getStartMark(),
                "too many aliases: only the first "
                    + AccordFileReader.MAX_REPORTED_ALIASES
                    + " are listed",
                "remove every alias (`*`) and anchor (`&`) from the file");
          }
        }
        case DocumentStart -> {
          if (++documents > 1) {
            findings.error(
                event.getStartMark(),
                "a second YAML document starts here; an accord file holds exactly one",
                "remove this `---` and what follows, or move it to a file of its own");
            return false;
          }
        }
        default -> {}
      }
    }
    return aliases == 0;
  }

  private static String describe(MarkedYamlEngineException syntax) {
    String problem = syntax.getProblem();
    String context = syntax.getContext();
    if (context == null || context.isBlank()) {
      return problem;
    }
    return problem
        + " "
        + context
        + syntax
            .getContextMark()
            .map(Findings::positionOf)
            .filter(start ->
                !syntax.getProblemMark().map(Findings::positionOf).equals(Optional.of(start)))
            .map(start -> " that starts at " + start)
            .orElse("");
  }

  private static Position positionOfCodePoint(String text, int codePointIndex) {
    int line = 1;
    int column = 1;
    int index = 0;
    for (int i = 0; i < codePointIndex && index < text.length(); i++) {
      int codePoint = text.codePointAt(index);
      index += Character.charCount(codePoint);
      if (codePoint == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Position(line, column);
  }
}
