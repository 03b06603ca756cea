package org.relexcurator.ui.prediction;

/**
 * A run of the model's input that is shown in one style: plain text, text inside E1 or E2 (or both,
 * where the ranges nest), or a marker itself.
 */
public record SentencePiece(String text, Role role) {

  /** What a piece of the marked sentence is. */
  public enum Role {
    TEXT,
    E1,
    E2,
    BOTH,
    E1_MARKER,
    E2_MARKER
  }
}
