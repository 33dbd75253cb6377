package dev.accord.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a command's failure into its exit code: a {@link UserError} is the input's fault (exit 1,
 * the message and its hint); anything else is a bug in Accord (exit 3, one line saying so, and the
 * stack trace only when {@code --stacktrace} asks for it).
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine commandLine, ParseResult parsed) {
    var err = commandLine.getErr();
    if (failure instanceof UserError userError) {
      err.println("accord: " + userError.getMessage());
      err.println("  hint: " + userError.hint());
      return ExitCode.INPUT;
    }
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
