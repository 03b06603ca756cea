package org.relexcurator.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The consistency rules that {@link DecisionDraft} and {@link Decision} share. */
final class DecisionRules {

  private DecisionRules() {}

  static void check(
      String pairKey,
      String curator,
      DecisionAction action,
      String label,
      String predictedLabel,
      Double predictedScore,
      Instant time,
      Duration timeSpent,
      Long refersTo,
      MentionEdit mentionEdit) {
    requireText(pairKey, "pairKey");
    requireText(curator, "curator");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(timeSpent, "timeSpent");
    if (timeSpent.isNegative()) {
      throw new IllegalArgumentException("time spent " + timeSpent + " is negative");
    }
    if (predictedScore != null) {
      if (predictedLabel == null) {
        throw new IllegalArgumentException("a predicted score needs its predicted label");
      }
      if (!(predictedScore >= 0 && predictedScore <= 1)) {
        throw new IllegalArgumentException(
            "predicted score " + predictedScore + " is no probability");
      }
    }
    if (action.labels() && label == null) {
      throw new IllegalArgumentException(action + " needs a label");
    }
    // An adjudication settles the label whatever the model said, so no action is implied.
    if (action.labels() && action != DecisionAction.ADJUDICATED) {
      DecisionAction expected = DecisionAction.forLabel(label, predictedLabel);
      if (expected != action) {
        throw new IllegalArgumentException(
            "giving label "
                + label
                + " when the model predicted "
                + predictedLabel
                + " is "
                + expected
                + ", not "
                + action);
      }
    }
    checkMentionEdit(pairKey, action, label, predictedLabel, mentionEdit);
    if (action.revises()) {
      if (refersTo == null) {
        throw new IllegalArgumentException(action + " must name the decision it refers to");
      }
      if (label != null) {
        throw new IllegalArgumentException(action + " carries no label of its own");
      }
    } else if (refersTo != null) {
      throw new IllegalArgumentException(action + " refers to no earlier decision");
    }
  }

  private static void checkMentionEdit(
      String pairKey,
      DecisionAction action,
      String label,
      String predictedLabel,
      MentionEdit mentionEdit) {
    if (!action.editsMention()) {
      if (mentionEdit != null) {
        throw new IllegalArgumentException(action + " carries no mention edit");
      }
      return;
    }
    if (mentionEdit == null) {
      throw new IllegalArgumentException(action + " needs its mention edit");
    }
    if (mentionEdit.action() != action) {
      throw new IllegalArgumentException(
          "a mention edit of kind " + mentionEdit.kind() + " is no " + action);
    }
    if (!mentionEdit.key().equals(pairKey)) {
      throw new IllegalArgumentException(
          action + " is filed under " + mentionEdit.key() + ", not " + pairKey);
    }
    if (label != null || predictedLabel != null) {
      throw new IllegalArgumentException(action + " carries no label and no prediction");
    }
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
  }
}
