package org.relexcurator.curation.evaluation;

import java.util.Objects;

/**
 * A reviewed pair as evaluation scores it.
 *
 * @param gold the curated label
 * @param predicted the model's top label
 * @param confidence the model's score for its top label
 * @param weight how many pairs of the population this one stands for (1 without weighting)
 * @param stratum the stratum it was weighted in, e.g. {@code treats | 0.8–1.0}
 */
public record EvaluatedPair(
    String gold, String predicted, double confidence, double weight, String stratum) {

  public EvaluatedPair {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    if (!(weight > 0)) {
      throw new IllegalArgumentException("weight must be positive: " + weight);
    }
  }

  public boolean correct() {
    return gold.equals(predicted);
  }
}
