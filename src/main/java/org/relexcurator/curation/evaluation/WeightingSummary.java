package org.relexcurator.curation.evaluation;

/**
 * How the reviewed sample was weighted, with what the weighting could not cover.
 *
 * @param population pairs with a prediction, reviewed or not: what the sample was drawn from
 * @param reviewed pairs with a prediction and a gold label: the sample
 * @param strata strata (predicted label × confidence band) holding at least one population pair
 * @param strataWithoutReview strata with population pairs but no reviewed pair
 * @param pairsWithoutReview population pairs in those strata, whose share cannot be estimated
 */
public record WeightingSummary(
    Weighting weighting,
    int population,
    int reviewed,
    int strata,
    int strataWithoutReview,
    int pairsWithoutReview) {

  /** True when some predicted pairs were not reviewed, so the sample is not the population. */
  public boolean isSample() {
    return population > reviewed;
  }
}
