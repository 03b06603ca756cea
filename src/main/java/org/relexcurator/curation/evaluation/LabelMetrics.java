package org.relexcurator.curation.evaluation;

/**
 * One row of a classification report.
 *
 * @param label a label, or {@code macro avg} / {@code weighted avg}
 * @param support the (weighted) number of pairs whose gold label it is
 */
public record LabelMetrics(
    String label, double precision, double recall, double f1, double support) {}
