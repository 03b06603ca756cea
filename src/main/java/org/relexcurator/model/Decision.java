package org.relexcurator.model;

import java.time.Duration;
import java.time.Instant;

/**
 * One entry of the curation log: what a curator decided about a candidate pair, and what the model
 * had said at that moment. The log is append-only; undo and redo are entries too, so the log keeps
 * every step a curator took.
 *
 * @param sequence position in the log, from 1, assigned by the store
 * @param pairKey the pair's {@link CandidatePair#key()}
 * @param curator who decided
 * @param action what the curator did
 * @param label the relation label the curator gave ({@value #NO_RELATION} for a rejection);
 *     required for accepted, corrected, rejected and adjudicated pairs, may be null for skips and
 *     flags, always null for undo and redo
 * @param predictedLabel the model's top label when the curator decided; null without a prediction
 * @param predictedScore the model's probability for {@code predictedLabel}; null without one
 * @param reason why the curator disagreed or held back; null if not given
 * @param note free text, empty if none
 * @param time when the decision was made
 * @param timeSpent how long the pair was on screen before the decision; zero for undo and redo
 * @param refersTo for {@link DecisionAction#UNDONE} and {@link DecisionAction#REDONE}, the sequence
 *     of the decision undone or restored; null otherwise
 * @param mentionEdit for the mention actions ({@link DecisionAction#editsMention()}), the mention
 *     before and after; null otherwise. Such a decision is filed under {@link MentionEdit#key()} in
 *     place of a pair key, carries no label and no prediction, and is undone and redone like any
 *     other.
 */
public record Decision(
    long sequence,
    String pairKey,
    String curator,
    DecisionAction action,
    String label,
    String predictedLabel,
    Double predictedScore,
    ReasonCode reason,
    String note,
    Instant time,
    Duration timeSpent,
    Long refersTo,
    MentionEdit mentionEdit) {

  /** The model's label for "no relation between E1 and E2". */
  public static final String NO_RELATION = "none";

  public Decision {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence " + sequence + " is not positive");
    }
    note = note == null ? "" : note;
    DecisionRules.check(
        pairKey,
        curator,
        action,
        label,
        predictedLabel,
        predictedScore,
        time,
        timeSpent,
        refersTo,
        mentionEdit);
    if (refersTo != null && refersTo >= sequence) {
      throw new IllegalArgumentException(
          "decision " + sequence + " refers to later decision " + refersTo);
    }
  }

  /** A decision about a pair, or an undo or redo: one without a mention edit. */
  public Decision(
      long sequence,
      String pairKey,
      String curator,
      DecisionAction action,
      String label,
      String predictedLabel,
      Double predictedScore,
      ReasonCode reason,
      String note,
      Instant time,
      Duration timeSpent,
      Long refersTo) {
    this(
        sequence,
        pairKey,
        curator,
        action,
        label,
        predictedLabel,
        predictedScore,
        reason,
        note,
        time,
        timeSpent,
        refersTo,
        null);
  }
}
