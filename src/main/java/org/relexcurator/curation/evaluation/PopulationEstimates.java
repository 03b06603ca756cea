package org.relexcurator.curation.evaluation;

import java.util.List;
import org.relexcurator.curation.sampling.ScoreBands;

/**
 * Estimates for a whole scored corpus from its reviewed sample.
 *
 * @param bands the score bands of the strata
 * @param population pairs in the corpus
 * @param reviewed sampled pairs with a gold label
 * @param uncovered pairs in strata without any reviewed pair, which no estimate speaks for
 * @param minimumPerStratum reviewed pairs a stratum needs before it is trusted
 * @param precision per predicted label, in label order
 * @param trueRelations per gold label, in label order
 * @param thin the strata with fewer reviewed pairs than the minimum
 */
public record PopulationEstimates(
    ScoreBands bands,
    long population,
    int reviewed,
    long uncovered,
    int minimumPerStratum,
    List<LabelPrecision> precision,
    List<TrueRelations> trueRelations,
    List<ThinStratum> thin) {

  public PopulationEstimates {
    precision = List.copyOf(precision);
    trueRelations = List.copyOf(trueRelations);
    thin = List.copyOf(thin);
  }
}
