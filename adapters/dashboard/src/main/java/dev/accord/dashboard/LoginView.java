package dev.accord.dashboard;

import java.util.Optional;

/** The sign-in page: a token field, the page to go back to and why the last try failed. */
record LoginView(Layout layout, String next) {

  static LoginView of(Optional<String> error, String csrfToken, String next) {
    return new LoginView(Layout.signedOut("Sign in", csrfToken, error.map(Notice::refused)), next);
  }
}
