package org.relexcurator.cli;

import java.util.Collection;
import java.util.Locale;

/** The command a mistyped word most likely meant: the one fewest single-letter edits away. */
final class NearestCommand {

  private NearestCommand() {}

  /**
   * The nearest of {@code commands} to {@code word}, ignoring case; on a tie, the first of them in
   * their order.
   */
  static String to(String word, Collection<String> commands) {
    String lower = word.toLowerCase(Locale.ROOT);
    String nearest = null;
    int best = Integer.MAX_VALUE;
    for (String command : commands) {
      int distance = editDistance(lower, command);
      if (distance < best) {
        best = distance;
        nearest = command;
      }
    }
    if (nearest == null) {
      throw new IllegalArgumentException("no commands to choose from");
    }
    return nearest;
  }

  /** Levenshtein distance: insertions, deletions and substitutions of one character each. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
