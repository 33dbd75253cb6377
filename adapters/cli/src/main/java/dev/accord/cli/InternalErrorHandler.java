package dev.accord.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A failure inside Accord is a bug, not the user's fault: one line saying so, and the stack trace
 * only when {@code --stacktrace} asks for it.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine commandLine, ParseResult parsed) {
    var err = commandLine.getErr();
    err.println("accord: internal error: " + failure);
    if (wantsStackTrace(parsed)) {
      failure.printStackTrace(err);
    } else {
      err.println(
          "  hint: this is a bug in Accord; rerun with --stacktrace and report what it prints.");
    }
    return ExitCode.INTERNAL;
  }

  private static boolean wantsStackTrace(ParseResult parsed) {
    return parsed.originalArgs().contains("--stacktrace");
  }
}
