package org.relexcurator.curation.sampling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A simple random draw without replacement of positions within a stratum, by Floyd's algorithm:
 * every set of k positions out of N is equally likely, in O(k) time and memory however large N is.
 */
public final class PositionDraw {

  private PositionDraw() {}

  /** k distinct positions of 0 to N − 1. */
  public static Set<Long> choose(long population, int count, Random random) {
    if (count < 0 || count > population) {
      throw new IllegalArgumentException("cannot draw " + count + " of " + population);
    }
    Set<Long> chosen = new HashSet<>(count * 2);
    for (long j = population - count; j < population; j++) {
      long t = (long) (random.nextDouble() * (j + 1));
      chosen.add(chosen.contains(t) ? j : t);
    }
    return chosen;
  }

  /**
   * The positions a stratum's quota picks, each marked whether it belongs to the control share: one
   * draw of n_h positions, of which a random {@code quota.control()} are the control pairs.
   */
  public static Map<Long, Boolean> draw(StratumQuota quota, Random random) {
    List<Long> chosen = new ArrayList<>(choose(quota.population(), quota.sampled(), random));
    Collections.sort(chosen);
    Collections.shuffle(chosen, random);
    Map<Long, Boolean> marked = new TreeMap<>();
    for (int i = 0; i < chosen.size(); i++) {
      marked.put(chosen.get(i), i < quota.control());
    }
    return marked;
  }
}
