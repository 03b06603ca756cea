package org.relexcurator.curation.sampling;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a project made by {@code relex sample} keeps of its design, so that an evaluation can weigh
 * each reviewed pair by the corpus it stands for.
 *
 * @param source the scored corpus the sample was drawn from, as named
 * @param bands the score bands of the strata
 * @param seed the random seed of the draw
 * @param controlShare the share of the sample drawn uniformly
 * @param minimumPerStratum reviewed pairs a stratum needs before its estimate is trusted
 * @param quotas every stratum of the scored corpus: its size and how many pairs it gave
 * @param pairs the sampled pairs the project holds
 */
public record ReviewSample(
    String source,
    ScoreBands bands,
    long seed,
    double controlShare,
    int minimumPerStratum,
    SortedMap<Stratum, StratumQuota> quotas,
    List<SampledPair> pairs) {

  public ReviewSample {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(bands, "bands");
    quotas = new TreeMap<>(quotas);
    pairs = List.copyOf(pairs);
  }
}
