package org.relexcurator.curation.evaluation;

/**
 * One line of a curated-pairs export, reduced to what evaluation reads.
 *
 * @param line the 1-based line of the file
 * @param gold the curated gold label, or {@code null} when the pair has none settled
 * @param prediction the model's prediction, or {@code null} when the pair was never predicted
 */
public record CuratedPair(int line, String gold, StoredPrediction prediction) {

  /** A pair with a gold label and a prediction: one of the sample that can be scored. */
  public boolean isReviewed() {
    return gold != null && prediction != null;
  }
}
