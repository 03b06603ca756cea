package org.relexcurator.curation.evaluation;

/**
 * How many pairs of a scored corpus truly have a gold label, whatever the model predicted for them
 * (so only pairs the scoring run produced: relations between entities it never paired are not
 * counted).
 *
 * @param label the gold label
 * @param reviewed reviewed pairs with that gold label
 * @param estimate the estimated number in the covered strata of the corpus
 * @param interval its 95% interval
 */
public record TrueRelations(
    String label, int reviewed, double estimate, ConfidenceInterval interval) {}
