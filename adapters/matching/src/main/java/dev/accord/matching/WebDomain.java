package dev.accord.matching;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The web domain of the company behind a record, read from a work email address or from a website:
 * {@code jane@Acme.com} and {@code https://www.acme.com/about} both say {@code acme.com}. The
 * address of a free mail provider says nothing about anyone's company.
 */
public final class WebDomain {

  /** Mailbox providers anyone can sign up to; their domain is nobody's company. */
  public static final Set<String> FREE_MAIL =
      Set.of(
          "gmail.com",
          "googlemail.com",
          "outlook.com",
          "hotmail.com",
          "live.com",
          "msn.com",
          "yahoo.com",
          "icloud.com",
          "me.com",
          "mac.com",
          "aol.com",
          "gmx.com",
          "gmx.de",
          "web.de",
          "mail.com",
          "yandex.com",
          "protonmail.com",
          "proton.me",
          "fastmail.com",
          "zoho.com",
          "qq.com",
          "163.com");

  private WebDomain() {}

  /** The company domain of a mailbox; empty for a free mail provider. */
  public static Optional<String> ofMailbox(Mailbox mailbox) {
    String domain = mailbox.domain();
    return FREE_MAIL.contains(domain) ? Optional.empty() : Optional.of(domain);
  }

  /**
   * The domain of a website as typed, with or without scheme, {@code www.}, port or path; empty
   * when it names no host with a dot.
   */
  public static Optional<String> ofWebsite(String typed) {
    String host = typed.strip().toLowerCase(Locale.ROOT);
    int scheme = host.indexOf("://");
    if (scheme >= 0) {
      host = host.substring(scheme + 3);
    }
    for (char end : new char[] {'/', '?', '#', ':'}) {
      int at = host.indexOf(end);
      if (at >= 0) {
        host = host.substring(0, at);
      }
    }
    int credentials = host.lastIndexOf('@');
    if (credentials >= 0) {
      host = host.substring(credentials + 1);
    }
    while (host.startsWith("www.")) {
      host = host.substring(4);
    }
    boolean plausible =
        host.contains(".")
            && !host.startsWith(".")
            && !host.endsWith(".")
            && host.chars().noneMatch(Character::isWhitespace);
    return plausible && !FREE_MAIL.contains(host) ? Optional.of(host) : Optional.empty();
  }
}
