package dev.accord.generator;

/**
 * A company as someone typed it: its name, the legal form written after it ({@code Inc.}, {@code
 * inc}, {@code , Inc.} or nothing) and its web domain.
 */
record Company(String name, String suffix, String domain) {

  Company withSuffix(String other) {
    return new Company(name, other, domain);
  }

  String display() {
    if (suffix.isEmpty()) {
      return name;
    }
    return suffix.startsWith(",") ? name + suffix : name + " " + suffix;
  }
}
