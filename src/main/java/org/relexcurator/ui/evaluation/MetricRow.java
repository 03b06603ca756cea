package org.relexcurator.ui.evaluation;

/**
 * One row of the metrics table as shown: our figures, their 95% intervals and the model card's,
 * already formatted ({@code –} where there is nothing to show).
 *
 * @param support the count of reviewed pairs behind the row
 * @param estimatedSupport the weighted support, an estimate over all predicted pairs ({@code –}
 *     with plain counts)
 * @param intervals the precision, recall and F1 intervals, or why the row has none ("too few to
 *     estimate (2 reviewed)")
 * @param average true for the macro and weighted averages
 */
public record MetricRow(
    String label,
    String precision,
    String recall,
    String f1,
    String support,
    String estimatedSupport,
    String intervals,
    String cardPrecision,
    String cardRecall,
    String cardF1,
    String f1Difference,
    boolean average) {}
