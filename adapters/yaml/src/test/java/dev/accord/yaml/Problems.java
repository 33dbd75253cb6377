package dev.accord.yaml;

import java.util.List;

/**
 * What the reader says about a text, in the compact form the tests compare: "LINE:COLUMN message".
 */
final class Problems {

  private Problems() {}

  static List<String> of(String text) {
    return of(new AccordFileReader().read("accord.yaml", text));
  }

  static List<String> of(AccordFileReader.ReadResult result) {
    return result.diagnostics().stream()
        .map(d -> d.line() + ":" + d.column() + " " + d.message())
        .toList();
  }

  /** The hint of the one diagnostic at the position. */
  static String hintAt(String text, int line, int column) {
    return new AccordFileReader()
        .read("accord.yaml", text).diagnostics().stream()
            .filter(d -> d.line() == line && d.column() == column)
            .map(Diagnostic::hint)
            .reduce((first, second) -> first + " | " + second)
            .orElseThrow(() -> new AssertionError("no diagnostic at " + line + ":" + column));
  }
}
