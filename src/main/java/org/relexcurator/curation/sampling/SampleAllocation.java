package org.relexcurator.curation.sampling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How a review sample of n pairs is shared among strata. The control share c·n goes to the strata
 * in proportion to their size, so those pairs are a uniform sample of the corpus; the rest goes to
 * the strata equally, as far as each has pairs left, so that a rare label or a thin score band is
 * reviewed often enough to say something about it.
 */
public final class SampleAllocation {

  private SampleAllocation() {}

  /**
   * The quota of each stratum, in stratum order.
   *
   * @param sizes the pairs of each stratum in the scored corpus
   * @param size the sample size asked for; a corpus with fewer pairs is taken whole
   * @param controlShare the share of the sample drawn uniformly, from 0 to 1
   */
  public static SortedMap<Stratum, StratumQuota> allocate(
      Map<Stratum, Long> sizes, int size, double controlShare) {
    if (size < 0 || !(controlShare >= 0 && controlShare <= 1)) {
      throw new IllegalArgumentException(
          "a sample needs a size of 0 or more and a control share from 0 to 1, not "
              + size
              + " and "
              + controlShare);
    }
    List<Stratum> strata = new ArrayList<>(new TreeMap<>(sizes).keySet());
    long total = sizes.values().stream().mapToLong(Long::longValue).sum();
    int n = (int) Math.min(size, total);
    int controlTotal = (int) Math.round(controlShare * n);
    Map<Stratum, Integer> control = proportional(strata, sizes, total, controlTotal);
    Map<Stratum, Integer> focus = equal(strata, sizes, control, n - controlTotal);
    SortedMap<Stratum, StratumQuota> quotas = new TreeMap<>();
    for (Stratum stratum : strata) {
      quotas.put(
          stratum, new StratumQuota(sizes.get(stratum), focus.get(stratum), control.get(stratum)));
    }
    return quotas;
  }

  /** Largest remainders: each stratum gets the floor of its share, the rest go by fraction. */
  private static Map<Stratum, Integer> proportional(
      List<Stratum> strata, Map<Stratum, Long> sizes, long total, int count) {
    Map<Stratum, Integer> shares = new TreeMap<>();
    Map<Stratum, Double> fractions = new TreeMap<>();
    int given = 0;
    for (Stratum stratum : strata) {
      double exact = total == 0 ? 0 : (double) count * sizes.get(stratum) / total;
      int floor = (int) Math.floor(exact);
      shares.put(stratum, floor);
      fractions.put(stratum, exact - floor);
      given += floor;
    }
    List<Stratum> byFraction = new ArrayList<>(strata);
    byFraction.sort(Comparator.comparing(fractions::get).reversed());
    for (int i = 0; given < count; i++, given++) {
      shares.merge(byFraction.get(i % byFraction.size()), 1, Integer::sum);
    }
    return shares;
  }

  /**
   * One pair at a time to each stratum that has pairs left, in stratum order, until none remain.
   */
  private static Map<Stratum, Integer> equal(
      List<Stratum> strata, Map<Stratum, Long> sizes, Map<Stratum, Integer> taken, int count) {
    Map<Stratum, Integer> shares = new TreeMap<>();
    strata.forEach(stratum -> shares.put(stratum, 0));
    int given = 0;
    while (given < count) {
      boolean any = false;
      for (Stratum stratum : strata) {
        if (given < count && taken.get(stratum) + shares.get(stratum) < sizes.get(stratum)) {
          shares.merge(stratum, 1, Integer::sum);
          given++;
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
    return shares;
  }
}
