package org.relexcurator.curation.evaluation;

/**
 * One confidence band of a reliability diagram.
 *
 * @param lower the band's lower edge (inclusive)
 * @param upper the band's upper edge (exclusive, except 1.0 for the last band)
 * @param count reviewed pairs whose top score falls in the band
 * @param mass their total weight
 * @param meanConfidence their weighted mean top score; NaN for an empty band
 * @param accuracy the weighted share of them whose top label is the gold label; NaN when empty
 */
public record ReliabilityBin(
    double lower, double upper, int count, double mass, double meanConfidence, double accuracy) {

  public boolean isEmpty() {
    return count == 0;
  }

  /** Accuracy minus confidence: negative where the model is over-confident. */
  public double gap() {
    return accuracy - meanConfidence;
  }
}
