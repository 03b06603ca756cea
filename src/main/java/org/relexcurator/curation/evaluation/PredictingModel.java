package org.relexcurator.curation.evaluation;

/**
 * The model a stored prediction came from, as the curated-pairs export names it.
 *
 * @param testModel true for a random model made by {@code relex make-test-model}
 */
public record PredictingModel(String name, String fingerprint, boolean testModel) {}
