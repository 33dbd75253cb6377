package dev.accord.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A company's name the way a duplicate check compares it: {@code The Acme Corporation}, {@code ACME
 * corp.} and {@code Acme, L.L.C.} are all {@code acme}. Case, accents and punctuation go, and so do
 * a leading "The" and the legal forms trailing the name, which people write every which way or
 * leave out.
 */
public final class CompanyName {

  /** Legal forms, written without their dots: {@code L.L.C.} is read as {@code llc}. */
  public static final Set<String> LEGAL_FORMS =
      Set.of(
          "inc",
          "incorporated",
          "llc",
          "llp",
          "lp",
          "ltd",
          "limited",
          "plc",
          "corp",
          "corporation",
          "co",
          "company",
          "gmbh",
          "ag",
          "kg",
          "sa",
          "sas",
          "sarl",
          "srl",
          "spa",
          "bv",
          "nv",
          "ab",
          "oy",
          "pty",
          "pte",
          "pvt",
          "kk");

  private CompanyName() {}

  /** The name normalised; empty when nothing but a legal form or punctuation was written. */
  public static String normalise(String typed) {
    // Dots join the letters of a form (L.L.C., S.A.); other punctuation separates words.
    String folded = Letters.fold(typed).replace(".", "").replace("&", " and ");
    List<String> words =
        new ArrayList<>(
            Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList());
    while (words.size() > 1 && LEGAL_FORMS.contains(words.getLast())) {
      words.removeLast();
    }
    if (words.size() == 1 && LEGAL_FORMS.contains(words.getFirst())) {
      words.clear();
    }
    while (words.size() > 1 && words.getFirst().equals("the")) {
      words.removeFirst();
    }
    return String.join(" ", words);
  }
}
