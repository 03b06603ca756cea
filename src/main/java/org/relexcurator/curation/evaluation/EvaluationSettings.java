package org.relexcurator.curation.evaluation;

import java.util.Objects;

/**
 * How to evaluate.
 *
 * @param resamples bootstrap resamples for the 95% intervals; 0 for none
 * @param seed the bootstrap's random seed
 */
public record EvaluationSettings(Weighting weighting, int resamples, long seed) {

  public EvaluationSettings {
    Objects.requireNonNull(weighting, "weighting");
    if (resamples < 0) {
      throw new IllegalArgumentException("resamples must not be negative: " + resamples);
    }
  }

  public static EvaluationSettings defaults() {
    return new EvaluationSettings(
        Weighting.POST_STRATIFIED, Bootstrap.DEFAULT_RESAMPLES, Bootstrap.DEFAULT_SEED);
  }
}
