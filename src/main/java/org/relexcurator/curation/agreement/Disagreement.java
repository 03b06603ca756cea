package org.relexcurator.curation.agreement;

/**
 * A pair two curators labelled differently.
 *
 * @param pairKey the pair's key
 * @param firstLabel the first curator's label
 * @param secondLabel the second curator's label
 */
public record Disagreement(String pairKey, String firstLabel, String secondLabel) {}
