package org.relexcurator.ui.prediction;

/**
 * One bar of the score chart.
 *
 * @param score the label's softmax score; the model was trained with class weights, so it is a
 *     ranking signal rather than a calibrated probability
 * @param top whether this is the model's answer (the arg-max)
 * @param fit whether the relation specs list the label for the pair's type pair
 */
public record LabelScore(String label, double score, boolean top, LabelFit fit) {

  /** How a label relates to the relation specs of the pair's entity types. */
  public enum LabelFit {
    /** Listed for this type pair (or {@code none}, which is always a possible answer). */
    LISTED,
    /** The specs list other labels for this type pair. */
    NOT_LISTED,
    /** The specs say nothing about this type pair, so no label is singled out. */
    NO_SPECS
  }
}
