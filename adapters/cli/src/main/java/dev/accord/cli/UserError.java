package dev.accord.cli;

/**
 * A problem with what the user gave a command (a workspace with no accord, a file that cannot be
 * read): its message says what and where, its hint how to fix it. It ends the command with exit
 * code 1 and never shows a stack trace.
 */
final class UserError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String hint;

  UserError(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  String hint() {
    return hint;
  }
}
