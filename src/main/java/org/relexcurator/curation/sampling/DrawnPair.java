package org.relexcurator.curation.sampling;

import org.relexcurator.io.scored.ScoredPair;

/**
 * A scored pair drawn for review.
 *
 * @param pair the pair as the scoring run wrote it
 * @param stratum its stratum
 * @param inclusionProbability the probability that the design draws it, n_h / N_h
 * @param control whether it was drawn for the uniform control share
 */
public record DrawnPair(
    ScoredPair pair, Stratum stratum, double inclusionProbability, boolean control) {}
