package org.relexcurator.model;

import java.time.Duration;
import java.time.Instant;

/**
 * A decision about to be recorded: everything but the sequence number, which the store assigns.
 * Components are as in {@link Decision}; the constructor enforces the same rules.
 */
public record DecisionDraft(
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

  public DecisionDraft {
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
  }

  /** A draft about a pair, or an undo or redo: one without a mention edit. */
  public DecisionDraft(
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

  /**
   * A curator's edit of a mention, filed under the edit's {@link MentionEdit#key()}.
   *
   * @param note free text, empty if none
   */
  public static DecisionDraft mentionEdit(
      MentionEdit edit, String curator, String note, Instant time, Duration timeSpent) {
    return new DecisionDraft(
        edit.key(),
        curator,
        edit.action(),
        null,
        null,
        null,
        null,
        note,
        time,
        timeSpent,
        null,
        edit);
  }

  /**
   * A curator's verdict on a pair: its label, with the action that label amounts to given the
   * model's prediction ({@link DecisionAction#forLabel}).
   */
  public static DecisionDraft labelled(
      String pairKey,
      String curator,
      String label,
      String predictedLabel,
      Double predictedScore,
      ReasonCode reason,
      String note,
      Instant time,
      Duration timeSpent) {
    return new DecisionDraft(
        pairKey,
        curator,
        DecisionAction.forLabel(label, predictedLabel),
        label,
        predictedLabel,
        predictedScore,
        reason,
        note,
        time,
        timeSpent,
        null);
  }

  /** Cancels {@code decision}, which must be its curator's latest effective one. */
  public static DecisionDraft undo(Decision decision, Instant time) {
    return revision(DecisionAction.UNDONE, decision, time);
  }

  /** Restores {@code decision}, which its curator undid last. */
  public static DecisionDraft redo(Decision decision, Instant time) {
    return revision(DecisionAction.REDONE, decision, time);
  }

  private static DecisionDraft revision(DecisionAction action, Decision decision, Instant time) {
    return new DecisionDraft(
        decision.pairKey(),
        decision.curator(),
        action,
        null,
        null,
        null,
        null,
        "",
        time,
        Duration.ZERO,
        decision.sequence());
  }

  /** This draft as stored under {@code sequence}. */
  public Decision withSequence(long sequence) {
    return new Decision(
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
        mentionEdit);
  }
}
