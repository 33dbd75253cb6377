package dev.accord.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The outcome of one run of the accord command line: exit code and both streams. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        AccordCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** Both streams, for asserting that nothing leaked a stack trace anywhere. */
  String all() {
    return out + err;
  }
}
