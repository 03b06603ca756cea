package org.relexcurator.ui.adjudication;

/**
 * What one curator said about a disputed pair.
 *
 * @param curator who
 * @param label their label; null if they only skipped or flagged the pair
 * @param reason their reason in words; null if none was given
 * @param note their note; empty if none
 */
public record CuratorVerdict(String curator, String label, String reason, String note) {

  /** {@code alice: causes}, {@code carol: no label}. */
  public String labelText() {
    return curator + ": " + (label == null ? "no label" : label);
  }

  /** The reason and note, {@code wrong direction — swap E1 and E2}; empty if neither. */
  public String remark() {
    if (reason == null) {
      return note;
    }
    return note.isEmpty() ? reason : reason + " — " + note;
  }
}
