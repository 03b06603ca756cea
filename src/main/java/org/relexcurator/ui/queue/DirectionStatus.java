package org.relexcurator.ui.queue;

/** What the direction check says of a pair in the queue (see {@code DirectionCheck}). */
public enum DirectionStatus {
  DISAGREE("directions disagree", "⚠ disagree"),
  AGREE("directions agree", "agree"),
  /** One direction or both have no prediction yet: nothing is guessed for them. */
  NOT_CHECKED("reverse not scored", "not scored");

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
