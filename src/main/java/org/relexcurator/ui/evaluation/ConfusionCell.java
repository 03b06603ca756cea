package org.relexcurator.ui.evaluation;

/**
 * One cell of the confusion matrix grid.
 *
 * @param count the (weighted) count as shown
 * @param share the count's share of the gold label's pairs, 0 to 1, which sets the shade
 * @param agreement true on the diagonal, where gold and prediction agree
 */
public record ConfusionCell(
    String gold, String predicted, String count, double share, boolean agreement) {}
