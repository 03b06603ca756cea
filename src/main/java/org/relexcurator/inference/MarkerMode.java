package org.relexcurator.inference;

/** Which occurrences of a candidate pair's entities get the model's markers. */
public enum MarkerMode {
  /** Markers around the two chosen mentions only, by their offsets. */
  EXACT("exact"),
  /**
   * Markers around every occurrence of each mention's surface string in the sentence, as the
   * model's training data was made ({@code sentence.replace(e1, "[E1]" + e1 + "[/E1]")}, then the
   * same for E2): case-sensitive, non-overlapping occurrences found left to right. Occurrences are
   * found in the plain sentence, so where one string contains the other both are marked, nested
   * ({@link org.relexcurator.model.MarkedText}); the replace chain instead lost E2 whenever E1's
   * markers had split E2's string.
   */
  ALL_OCCURRENCES("all-occurrences");

  private final String label;

  MarkerMode(String label) {
    this.label = label;
  }

  /** The name used on the command line and in exported pairs. */
  public String label() {
    return label;
  }
}
