package dev.accord.cli;

/** The exit statuses of every accord command, in one place so scripts can rely on them. */
public final class ExitCode {

  /** The command did what was asked. */
  public static final int OK = 0;

  /** The input is wrong: validation failed, or a diff found differences. */
  public static final int INPUT = 1;

  /** The command line itself is wrong: an unknown option, a missing argument. */
  public static final int USAGE = 2;

  /** Accord itself failed; a bug to report. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
