package dev.accord.matching;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The mailbox an email address delivers to, written one way: {@code Jane.Doe+webinar@GMail.com} and
 * {@code janedoe@gmail.com} are one mailbox.
 *
 * <p>The whole address is compared in lower case: providers treat local parts case-blind in
 * practice, though the standard allows otherwise. Beyond case, a provider's own rules apply only
 * where the provider documents them:
 *
 * <ul>
 *   <li>dots in the local part are ignored by Gmail ({@link #DOTS_IGNORED});
 *   <li>a {@code +tag} after the local part is ignored by the providers in {@link #PLUS_TAGS}:
 *       Gmail, Microsoft (Outlook, Hotmail, Live), Apple iCloud, Fastmail and Proton. Yahoo's
 *       disposable addresses use a hyphen and a separate base name, so they are left alone.
 * </ul>
 *
 * Corporate addresses keep their dots and tags: {@code jane.doe} and {@code janedoe} at a company
 * may well be two people.
 */
public record Mailbox(String address) {

  /** Providers that deliver {@code j.a.n.e@} to {@code jane@}. */
  public static final Set<String> DOTS_IGNORED = Set.of("gmail.com", "googlemail.com");

  /** Providers that deliver {@code jane+anything@} to {@code jane@}. */
  public static final Set<String> PLUS_TAGS =
      Set.of(
          "gmail.com",
          "googlemail.com",
          "outlook.com",
          "hotmail.com",
          "live.com",
          "msn.com",
          "icloud.com",
          "me.com",
          "mac.com",
          "fastmail.com",
          "protonmail.com",
          "proton.me");

  /**
   * The mailbox of an address as someone typed it; empty when it is no address at all (no single
   * {@code @} between a local part and a domain with a dot).
   */
  public static Optional<Mailbox> of(String typed) {
    String address = typed.strip().toLowerCase(Locale.ROOT);
    int at = address.indexOf('@');
    if (at <= 0 || at != address.lastIndexOf('@') || at == address.length() - 1) {
      return Optional.empty();
    }
    String domain = address.substring(at + 1);
    if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".")) {
      return Optional.empty();
    }
    if (domain.equals("googlemail.com")) {
      domain = "gmail.com";
    }
    String local = address.substring(0, at);
    if (PLUS_TAGS.contains(domain) && local.indexOf('+') > 0) {
      local = local.substring(0, local.indexOf('+'));
    }
    if (DOTS_IGNORED.contains(domain)) {
      local = local.replace(".", "");
    }
    return local.isEmpty() ? Optional.empty() : Optional.of(new Mailbox(local + "@" + domain));
  }

  /** The part after the {@code @}. */
  public String domain() {
    return address.substring(address.indexOf('@') + 1);
  }
}
