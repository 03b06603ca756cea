package org.relexcurator.ui.queue;

/** What the direction check says of a pair in the queue (see {@code DirectionCheck}). */
public enum DirectionStatus {
  DISAGREE("directions disagree", "⚠ disagree"),
  AGREE("directions agree", "agree"),
  /** E1 → E2 has a prediction but E2 → E1 has none yet: nothing is guessed for it. */
  REVERSE_NOT_SCORED("reverse not scored", "not checked"),
  /** The pair itself has no prediction yet. */
  NOT_PREDICTED("not predicted yet", "");

  private final String text;
  private final String shortText;

  DirectionStatus(String text, String shortText) {
    this.text = text;
    this.shortText = shortText;
  }

  /** What the queue's column shows. */
  public String shortText() {
    return shortText;
  }

  @Override
  public String toString() {
    return text;
  }
}
