package org.relexcurator.curation.sampling;

/**
 * How many pairs a stratum gives to a review sample, and why.
 *
 * @param population the pairs of the stratum in the scored corpus (N_h)
 * @param focus the pairs drawn for the stratum itself
 * @param control the pairs drawn for the uniform control share
 */
public record StratumQuota(long population, int focus, int control) {

  public StratumQuota {
    if (population < 0 || focus < 0 || control < 0 || focus + control > population) {
      throw new IllegalArgumentException(
          "a stratum of " + population + " pairs cannot give " + focus + " + " + control);
    }
  }

  /** The stratum's sample size n_h. */
  public int sampled() {
    return focus + control;
  }

  /**
   * Each pair's inclusion probability n_h / N_h: within a stratum the sample is one simple random
   * draw without replacement of n_h pairs, so this is exact, not an approximation.
   */
  public double inclusionProbability() {
    return population == 0 ? 0 : (double) sampled() / population;
  }
}
