package dev.accord.json;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One edit that damages a valid line the way a truncated file or a careless hand does: a character
 * dropped, or one replaced by a character that means something in JSON.
 */
record Damage(double where, boolean drop, char replacement) {

  static Arbitrary<Damage> arbitrary() {
    return Combinators.combine(
            Arbitraries.doubles().between(0, 1),
            Arbitraries.of(true, false),
            Arbitraries.of('{', '}', '"', ',', ':', '1', 'x', '[', ' ', '\\'))
        .as(Damage::new);
  }

  String to(String line) {
    int at = Math.min(line.length() - 1, (int) (where * line.length()));
    return line.substring(0, at)
        + (drop ? "" : String.valueOf(replacement))
        + line.substring(at + 1);
  }
}
