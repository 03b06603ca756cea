package org.relexcurator.curation.sampling;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.relexcurator.model.Problem;

/**
 * A review sample drawn from a scored corpus, and how.
 *
 * @param source the scored corpus, as named
 * @param bands the score bands of the strata
 * @param seed the random seed: the same corpus, size, share and seed draw the same pairs
 * @param controlShare the share of the sample drawn uniformly
 * @param quotas every stratum of the corpus with its size and quota, in stratum order
 * @param pairs the drawn pairs, in the order the corpus lists them
 * @param problems the scored lines that could not be read
 */
public record DrawnSample(
    String source,
    ScoreBands bands,
    long seed,
    double controlShare,
    SortedMap<Stratum, StratumQuota> quotas,
    List<DrawnPair> pairs,
    List<Problem> problems) {

  public DrawnSample {
    quotas = new TreeMap<>(quotas);
    pairs = List.copyOf(pairs);
    problems = List.copyOf(problems);
  }

  /** Pairs in the scored corpus. */
  public long population() {
    return quotas.values().stream().mapToLong(StratumQuota::population).sum();
  }
}
