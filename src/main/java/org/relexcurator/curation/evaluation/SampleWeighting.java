package org.relexcurator.curation.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weights the reviewed pairs so that they stand for every predicted pair. A review queue sorted by
 * uncertainty shows curators the low-confidence pairs first, so plain counts over what was reviewed
 * describe the hard pairs, not the corpus. Post-stratification groups all predicted pairs by
 * predicted label and confidence band (the queue's own sort keys): within a stratum the reviewed
 * pairs are taken as a random draw, and each counts for N / n pairs. A stratum with no reviewed
 * pair cannot be estimated; its pairs are left out and counted in the summary.
 */
public final class SampleWeighting {

  /** Confidence bands of the strata: five equal-width bands of the top score. */
  static final ConfidenceBins BANDS = new ConfidenceBins(5);

  private SampleWeighting() {}

  public static WeightedSample weigh(List<CuratedPair> pairs, Weighting weighting) {
    Map<String, Integer> population = new HashMap<>();
    Map<String, Integer> reviewed = new HashMap<>();
    int populationSize = 0;
    for (CuratedPair pair : pairs) {
      if (pair.prediction() == null) {
        continue;
      }
      populationSize++;
      String stratum = stratum(pair.prediction());
      population.merge(stratum, 1, Integer::sum);
      if (pair.isReviewed()) {
        reviewed.merge(stratum, 1, Integer::sum);
      }
    }
    List<EvaluatedPair> weighted = new ArrayList<>();
    for (CuratedPair pair : pairs) {
      if (!pair.isReviewed()) {
        continue;
      }
      String stratum = stratum(pair.prediction());
      double weight =
          weighting == Weighting.NONE
              ? 1
              : (double) population.get(stratum) / reviewed.get(stratum);
      weighted.add(
          new EvaluatedPair(
              pair.gold(),
              pair.prediction().label(),
              pair.prediction().confidence(),
              weight,
              stratum));
    }
    int emptyStrata = 0;
    int pairsInEmptyStrata = 0;
    for (Map.Entry<String, Integer> stratum : population.entrySet()) {
      if (!reviewed.containsKey(stratum.getKey())) {
        emptyStrata++;
        pairsInEmptyStrata += stratum.getValue();
      }
    }
    return new WeightedSample(
        weighted,
        new WeightingSummary(
            weighting,
            populationSize,
            weighted.size(),
            population.size(),
            emptyStrata,
            pairsInEmptyStrata));
  }

  static String stratum(StoredPrediction prediction) {
    return prediction.label() + " | " + BANDS.describe(BANDS.of(prediction.confidence()));
  }
}
