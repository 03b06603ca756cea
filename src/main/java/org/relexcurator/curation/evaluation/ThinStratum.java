package org.relexcurator.curation.evaluation;

import org.relexcurator.curation.sampling.Stratum;

/**
 * A stratum with fewer reviewed pairs than the sample's minimum: its share rests on too little to
 * be trusted, and with none at all its pairs are left out of the estimates.
 *
 * @param stratum the stratum
 * @param population its pairs in the corpus
 * @param reviewed its reviewed pairs
 */
public record ThinStratum(Stratum stratum, long population, int reviewed) {}
