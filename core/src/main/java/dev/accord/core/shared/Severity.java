package dev.accord.core.shared;

/**
 * How bad a problem in an accord is: an error makes it unusable, a warning only deserves a look.
 */
public enum Severity {
  ERROR,
  WARNING;

  /** The lower-case word used in reports, as compilers print it. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
