package org.relexcurator.curation.sampling;

import java.util.Objects;

/**
 * A pair of a review sample as the project keeps it.
 *
 * @param pairKey the pair's key in the project
 * @param stratum its stratum
 * @param inclusionProbability the probability that the design drew it, n_h / N_h
 * @param control whether it was drawn for the uniform control share
 */
public record SampledPair(
    String pairKey, Stratum stratum, double inclusionProbability, boolean control) {

  public SampledPair {
    Objects.requireNonNull(pairKey, "pairKey");
    Objects.requireNonNull(stratum, "stratum");
    if (!(inclusionProbability > 0 && inclusionProbability <= 1)) {
      throw new IllegalArgumentException(
          "pair " + pairKey + " has inclusion probability " + inclusionProbability);
    }
  }
}
