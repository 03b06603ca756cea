package org.relexcurator.curation.evaluation;

/**
 * One row of our report beside the same row of the model card's table.
 *
 * @param card the card's row, or {@code null} for a label the card does not list (a corpus label
 *     such as CDR's {@code CID})
 */
public record ComparedRow(LabelMetrics ours, LabelMetrics card) {

  public String label() {
    return ours.label();
  }

  /** Ours minus the card's; NaN when the card has no such row. */
  public double precisionDifference() {
    return card == null ? Double.NaN : ours.precision() - card.precision();
  }

  public double recallDifference() {
    return card == null ? Double.NaN : ours.recall() - card.recall();
  }

  public double f1Difference() {
    return card == null ? Double.NaN : ours.f1() - card.f1();
  }
}
