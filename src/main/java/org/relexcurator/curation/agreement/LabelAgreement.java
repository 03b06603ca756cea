package org.relexcurator.curation.agreement;

/**
 * How well two curators agree on one label, the other labels taken together as "not this label"
 * (one-vs-rest): a two-by-two table of the pairs both labelled, and its kappa.
 *
 * @param label the label
 * @param both pairs both curators gave this label
 * @param firstOnly pairs only the first curator gave it
 * @param secondOnly pairs only the second curator gave it
 * @param neither pairs neither gave it
 * @param kappa Cohen's kappa of the two-by-two table
 */
public record LabelAgreement(
    String label, int both, int firstOnly, int secondOnly, int neither, Kappa kappa) {

  /** Pairs the first curator gave this label. */
  public int byFirst() {
    return both + firstOnly;
  }

  /** Pairs the second curator gave this label. */
  public int bySecond() {
    return both + secondOnly;
  }
}
