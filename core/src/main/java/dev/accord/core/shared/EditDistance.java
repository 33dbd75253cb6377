package dev.accord.core.shared;

import java.util.Locale;

/**
 * How many single-character edits turn one id into another, counting a swap of two neighbours as
 * one edit (the optimal string alignment distance) and ignoring case, since {@code slq} for {@code
 * sql} and {@code SAL} for {@code sal} are the typos people make.
 */
final class EditDistance {

  private EditDistance() {}

  static int between(String first, String second) {
    String a = first.toLowerCase(Locale.ROOT);
    String b = second.toLowerCase(Locale.ROOT);
    int[][] distance = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      distance[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      distance[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int substitution = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best =
            Math.min(
                Math.min(distance[i - 1][j] + 1, distance[i][j - 1] + 1),
                distance[i - 1][j - 1] + substitution);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, distance[i - 2][j - 2] + 1);
        }
        distance[i][j] = best;
      }
    }
    return distance[a.length()][b.length()];
  }
}
