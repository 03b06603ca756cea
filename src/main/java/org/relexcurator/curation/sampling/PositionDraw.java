package org.relexcurator.curation.sampling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A simple random draw without replacement of positions within a stratum, by Floyd's algorithm:
 * every set of k positions out of N is equally likely, in O(k) time and memory however large N is.
 * {@link SplittableRandom} rather than {@link java.util.Random}: the latter's first numbers for
 * neighbouring seeds are alike, so seeds 1, 2, 3… would draw alike.
 */
public final class PositionDraw {

  private PositionDraw() {}

  /** k distinct positions of 0 to N − 1. */
  public static Set<Long> choose(long population, int count, SplittableRandom random) {
    if (count < 0 || count > population) {
      throw new IllegalArgumentException("cannot draw " + count + " of " + population);
    }
    Set<Long> chosen = new HashSet<>(count * 2);
    for (long j = population - count; j < population; j++) {
      long t = random.nextLong(j + 1);
      chosen.add(chosen.contains(t) ? j : t);
    }
    return chosen;
  }

  /**
   * The positions a stratum's quota picks, each marked whether it belongs to the control share: one
   * draw of n_h positions, of which a random {@code quota.control()} are the control pairs.
   */
  public static Map<Long, Boolean> draw(StratumQuota quota, SplittableRandom random) {
    List<Long> chosen = new ArrayList<>(choose(quota.population(), quota.sampled(), random));
    // Sorted first, so that the shuffle alone decides the order, not the set's hashing.
    chosen.sort(null);
    for (int i = chosen.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      chosen.set(j, chosen.set(i, chosen.get(j)));
    }
    Map<Long, Boolean> marked = new TreeMap<>();
    for (int i = 0; i < chosen.size(); i++) {
      marked.put(chosen.get(i), i < quota.control());
    }
    return marked;
  }
}
