package org.relexcurator.inference.djl;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Chooses which tokens of a marked sentence the model sees when the sentence is longer than the
 * model's position limit. A plain right-truncation could cut off a marker and silently classify a
 * different input; instead:
 *
 * <ol>
 *   <li>Pick the pair of marked mentions, one {@code [E1]…[/E1]} and one {@code [E2]…[/E2]}, that
 *       lie closest together (training tagged every occurrence of an entity's text, so there may be
 *       several of each).
 *   <li>If the stretch from the first of their markers to the last fits, keep a contiguous window
 *       centred on it.
 *   <li>Otherwise keep both mentions whole and cut the middle between them, spending what room is
 *       left on the tokens right after the first mention and right before the second.
 *   <li>If even the two mentions do not fit, keep each one's opening marker, its first tokens and
 *       its closing marker.
 * </ol>
 *
 * <p>Windows never end inside another marked mention: a mention that the window would cut is left
 * out whole, so every kept opening marker keeps its closing marker. {@code [CLS]} and {@code [SEP]}
 * (the first and last token) are always kept.
 */
final class TokenWindow {

  /** One marked mention: the positions of its opening and closing marker. */
  record Mention(int entity, int start, int end) {

    int length() {
      return end - start + 1;
    }
  }

  private TokenWindow() {}

  /**
   * Finds marked mentions: each opening marker paired with the next closing marker of the same
   * entity.
   *
   * @param markerIds ids of {@code [E1]}, {@code [/E1]}, {@code [E2]}, {@code [/E2]}
   */
  static List<Mention> mentions(long[] ids, long[] markerIds) {
    List<Mention> mentions = new ArrayList<>();
    for (int entity = 1; entity <= 2; entity++) {
      long open = markerIds[2 * (entity - 1)];
      long close = markerIds[2 * (entity - 1) + 1];
      int start = -1;
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] == open && start < 0) {
          start = i;
        } else if (ids[i] == close && start >= 0) {
          mentions.add(new Mention(entity, start, i));
          start = -1;
        }
      }
    }
    return List.copyOf(mentions);
  }

  /**
   * Positions to keep, ascending.
   *
   * @param mentions marked mentions, at least one of each entity
   */
  static int[] select(int length, List<Mention> mentions, int maxLength) {
    if (length <= maxLength) {
      return IntStream.range(0, length).toArray();
    }
    int budget = maxLength - 2;
    Mention[] pair = closestPair(mentions);
    Mention first = pair[0].start() <= pair[1].start() ? pair[0] : pair[1];
    Mention second = first == pair[0] ? pair[1] : pair[0];
    int stretchStart = first.start();
    int stretchEnd = Math.max(first.end(), second.end());
    List<int[]> ranges = new ArrayList<>();
    if (stretchEnd - stretchStart + 1 <= budget) {
      ranges.add(window(length, mentions, stretchStart, stretchEnd, budget));
    } else if (first.end() >= second.start()) {
      // Interleaved or nested markers: one long stretch; keep its start and its last marker.
      ranges.add(new int[] {stretchStart, stretchStart + budget - 2});
      ranges.add(new int[] {stretchEnd, stretchEnd});
    } else if (first.length() + second.length() <= budget) {
      int spare = budget - first.length() - second.length();
      int after = (spare + 1) / 2;
      int before = spare - after;
      ranges.add(new int[] {first.start(), extendRight(mentions, first.end(), after)});
      ranges.add(new int[] {extendLeft(mentions, second.start(), before), second.end()});
    } else {
      int keepFirst = Math.min(first.length(), Math.max(2, (budget + 1) / 2));
      int keepSecond = Math.min(second.length(), budget - keepFirst);
      keepFirst = Math.min(first.length(), budget - keepSecond);
      addShortened(ranges, first, keepFirst);
      addShortened(ranges, second, keepSecond);
    }
    IntStream.Builder kept = IntStream.builder();
    kept.add(0);
    for (int[] range : ranges) {
      for (int i = range[0]; i <= range[1]; i++) {
        kept.add(i);
      }
    }
    kept.add(length - 1);
    return kept.build().toArray();
  }

  private static Mention[] closestPair(List<Mention> mentions) {
    Mention[] best = null;
    int bestLength = Integer.MAX_VALUE;
    for (Mention a : mentions) {
      for (Mention b : mentions) {
        if (a.entity() != 1 || b.entity() != 2) {
          continue;
        }
        int stretch = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start()) + 1;
        if (stretch < bestLength) {
          bestLength = stretch;
          best = new Mention[] {a, b};
        }
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("needs a marked mention of each entity");
    }
    return best;
  }

  /** A window of {@code budget} inner tokens around [from, to], clipped to the sentence. */
  private static int[] window(int length, List<Mention> mentions, int from, int to, int budget) {
    int start = from - (budget - (to - from + 1)) / 2;
    start = Math.max(1, Math.min(start, length - 1 - budget));
    int end = start + budget - 1;
    for (Mention m : mentions) {
      if (m.start() < start && m.end() >= start && m.end() < from) {
        start = m.end() + 1;
      }
      if (m.end() > end && m.start() <= end && m.start() > to) {
        end = m.start() - 1;
      }
    }
    return new int[] {start, end};
  }

  /** {@code end} plus up to {@code extra} following tokens, stopping before a cut mention. */
  private static int extendRight(List<Mention> mentions, int end, int extra) {
    int last = end + extra;
    for (Mention m : mentions) {
      if (m.start() > end && m.start() <= last && m.end() > last) {
        last = m.start() - 1;
      }
    }
    return last;
  }

  private static int extendLeft(List<Mention> mentions, int start, int extra) {
    int first = start - extra;
    for (Mention m : mentions) {
      if (m.end() < start && m.end() >= first && m.start() < first) {
        first = m.end() + 1;
      }
    }
    return first;
  }

  /** The opening marker, the first tokens, and the closing marker of a mention. */
  private static void addShortened(List<int[]> ranges, Mention mention, int keep) {
    if (keep >= mention.length()) {
      ranges.add(new int[] {mention.start(), mention.end()});
      return;
    }
    ranges.add(new int[] {mention.start(), mention.start() + Math.max(0, keep - 2)});
    ranges.add(new int[] {mention.end(), mention.end()});
  }
}
