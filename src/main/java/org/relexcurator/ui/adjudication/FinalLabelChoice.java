package org.relexcurator.ui.adjudication;

/**
 * A label the adjudicator can give the selected pair.
 *
 * @param label the label
 * @param shortcut the number key that gives it ("1" to "9", "0"), or empty
 * @param givenBy the curators who gave it, {@code alice, bob}; empty if nobody did
 */
public record FinalLabelChoice(String label, String shortcut, String givenBy) {

  /** What its button says: {@code 1 causes (alice)}. */
  public String text() {
    String key = shortcut.isEmpty() ? "" : shortcut + "  ";
    return key + label + (givenBy.isEmpty() ? "" : " (" + givenBy + ")");
  }
}
