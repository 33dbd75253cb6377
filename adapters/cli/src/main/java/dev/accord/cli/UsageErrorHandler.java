package dev.accord.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A wrong command line gets its message and the command's usage on stderr, and exit code 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException problem, String[] args) {
    CommandLine commandLine = problem.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("accord: " + problem.getMessage());
    UnmatchedArgumentException.printSuggestions(problem, err);
    err.println();
    commandLine.usage(err);
    return ExitCode.USAGE;
  }
}
