package org.relexcurator.model;

import java.util.Objects;

/**
 * What a curator did with a candidate pair or an entity mention; every action is one entry of the
 * decision log.
 */
public enum DecisionAction {
  /** The model's top label is right. */
  ACCEPTED,
  /** Another relation label is right. */
  CORRECTED,
  /** There is no relation: the label is {@value Decision#NO_RELATION}. */
  REJECTED,
  /** Left for later without a verdict. */
  SKIPPED,
  /** Needs discussion with other curators. */
  FLAGGED,
  /** Cancels an earlier decision of the same curator. */
  UNDONE,
  /** Restores a decision its curator had undone. */
  REDONE,
  /**
   * The final gold label of a pair the curators disagreed on, given by whoever settles it
   * (typically a lead curator). Unlike a curator's own verdict its action does not follow from the
   * model's prediction, and it is no vote in the agreement between curators.
   */
  ADJUDICATED,
  /**
   * A curator added an entity mention the file lacked; the decision carries a {@link MentionEdit}.
   */
  MENTION_ADDED,
  /** A curator moved, resized or retyped a mention or changed its concept ids. */
  MENTION_CHANGED,
  /** A curator removed a mention. */
  MENTION_REMOVED;

  /**
   * The action a curator took by giving a pair {@code label}: agreeing with the model is an
   * acceptance even when the model said {@code none}, so that acceptance counts what the model got
   * right; otherwise {@code none} is a rejection and any other label a correction.
   *
   * @param predictedLabel the model's top label, or null if the pair had no prediction
   */
  public static DecisionAction forLabel(String label, String predictedLabel) {
    Objects.requireNonNull(label, "label");
    if (label.equals(predictedLabel)) {
      return ACCEPTED;
    }
    return label.equals(Decision.NO_RELATION) ? REJECTED : CORRECTED;
  }

  /** Whether this action gives the pair a relation label. */
  public boolean labels() {
    return this == ACCEPTED || this == CORRECTED || this == REJECTED || this == ADJUDICATED;
  }

  /** Whether this action edits an entity mention instead of judging a pair. */
  public boolean editsMention() {
    return this == MENTION_ADDED || this == MENTION_CHANGED || this == MENTION_REMOVED;
  }

  /** Whether this action undoes or redoes an earlier one instead of judging the pair. */
  public boolean revises() {
    return this == UNDONE || this == REDONE;
  }
}
