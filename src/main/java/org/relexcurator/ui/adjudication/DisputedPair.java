package org.relexcurator.ui.adjudication;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of the disputes table.
 *
 * @param pairKey the pair's key
 * @param e1 E1's text, or empty when the project does not hold the pair's text
 * @param e2 E2's text, or empty
 * @param sentence the sentence the model read, or empty
 * @param verdicts every curator's verdict, by curator name
 */
public record DisputedPair(
    String pairKey, String e1, String e2, String sentence, List<CuratorVerdict> verdicts) {

  public DisputedPair {
    verdicts = List.copyOf(verdicts);
  }

  /** {@code E1 Tamoxifen → E2 hot flushes}, or the key when the text is not known. */
  public String title() {
    return e1.isEmpty() ? pairKey : "E1 " + e1 + " → E2 " + e2;
  }

  /** {@code alice: causes · bob: none}. */
  public String labelsText() {
    return verdicts.stream().map(CuratorVerdict::labelText).collect(Collectors.joining(" · "));
  }

  /** Each remark with its curator, {@code alice: wrong direction — …}; empty if none. */
  public String remarksText() {
    return verdicts.stream()
        .filter(verdict -> !verdict.remark().isEmpty())
        .map(verdict -> verdict.curator() + ": " + verdict.remark())
        .collect(Collectors.joining(" · "));
  }

  /** The labels the curators gave, each once, in curator order. */
  public List<String> givenLabels() {
    return verdicts.stream()
        .map(CuratorVerdict::label)
        .filter(label -> label != null)
        .distinct()
        .toList();
  }
}
