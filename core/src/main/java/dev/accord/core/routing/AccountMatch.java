package dev.accord.core.routing;

/** How a record is matched to an existing account to find that account's owner. */
public enum AccountMatch {
  EMAIL_DOMAIN,
  COMPANY
}
