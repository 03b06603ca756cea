package org.relexcurator.ui.evaluation;

/**
 * One row of the metrics table as shown: our figures, their 95% intervals and the model card's,
 * already formatted ({@code –} where there is nothing to show).
 *
 * @param average true for the macro and weighted averages
 */
public record MetricRow(
    String label,
    String precision,
    String recall,
    String f1,
    String support,
    String precisionInterval,
    String recallInterval,
    String f1Interval,
    String cardPrecision,
    String cardRecall,
    String cardF1,
    String f1Difference,
    boolean average) {}
