package org.relexcurator.ui.queue;

/** Where a candidate pair stands in the curator's review. */
public enum ReviewStatus {
  UNREVIEWED("unreviewed"),
  DECIDED("decided"),
  FLAGGED("flagged"),
  SKIPPED("skipped");

  private final String text;

  ReviewStatus(String text) {
    this.text = text;
  }

  @Override
  public String toString() {
    return text;
  }
}
