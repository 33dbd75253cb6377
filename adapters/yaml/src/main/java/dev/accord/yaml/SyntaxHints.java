package dev.accord.yaml;

import java.util.Objects;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * How to fix the YAML syntax errors people make most in hand-written files: tabs, misaligned
 * indentation, unclosed quotes and brackets, a colon missing after a key.
 */
final class SyntaxHints {

  private SyntaxHints() {}

  static String hintFor(MarkedYamlEngineException syntax) {
    String problem = Objects.requireNonNullElse(syntax.getProblem(), "");
    String context = Objects.requireNonNullElse(syntax.getContext(), "");
    if (problem.contains("TAB")) {
      return "indent with spaces; YAML does not allow tabs for indentation";
    }
    if (context.contains("quoted scalar")) {
      return "close the quote"
          + syntax
              .getContextMark()
              .map(mark ->
                  " opened at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1))
              .orElse("")
          + ", or escape the quote characters inside the value";
    }
    if (context.contains("flow sequence") || context.contains("flow mapping")) {
      return "close every `[` with `]` and every `{` with `}`, and separate the entries with commas";
    }
    if (problem.contains("mapping values are not allowed")) {
      return "check this line's indentation against the line above it, and quote a value that"
          + " contains `: `";
    }
    if (problem.contains("could not find expected ':'")) {
      return "follow each key with `: ` and its value";
    }
    if (problem.contains("expected <block end>")) {
      return "line this entry up with the entries above it; entries of one mapping or list share"
          + " the same indentation";
    }
    return "fix the YAML here: indent with spaces, line up entries of the same level, and quote"
        + " values that contain `: ` or ` #`";
  }
}
