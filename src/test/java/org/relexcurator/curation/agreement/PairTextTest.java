package org.relexcurator.curation.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.model.Span;

class PairTextTest {

  private static StoredPair marked(String markedText) {
    return new StoredPair(
        "d",
        "T1",
        List.of(new Span(0, 1)),
        "Chemical",
        "T2",
        List.of(new Span(2, 3)),
        "Disease",
        new Span(0, 10),
        markedText,
        "all-occurrences",
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void theMentionsAndSentenceAreReadFromTheMarkedText() {
    assertThat(PairText.of(marked("[E1]Tamoxifen[/E1] lowers [E2]breast cancer[/E2] risk.")))
        .contains(
            new PairText(
                "Tamoxifen", "breast cancer", "Tamoxifen lowers breast cancer" + " risk."));
  }

  @Test
  void textBeyondTheBasicPlaneDoesNotShiftTheMentions() {
    assertThat(PairText.of(marked("𝛼 [E1]β-blockers[/E1] 😀 and [E2]asthma[/E2]")).orElseThrow())
        .isEqualTo(new PairText("β-blockers", "asthma", "𝛼 β-blockers 😀 and asthma"));
  }

  @Test
  void whereEveryOccurrenceWasMarkedTheFirstNamesTheMention() {
    assertThat(
            PairText.of(marked("[E1]TNF[/E1] and [E2]IL-6[/E2]; [E1]TNF[/E1] again"))
                .orElseThrow()
                .e1())
        .isEqualTo("TNF");
  }

  @Test
  void brokenOrMissingMarkupGivesNoText() {
    assertThat(PairText.of(marked("[E1]Tamoxifen lowers [E2]risk[/E2]"))).isEmpty();
    assertThat(PairText.of(marked("no markers at all"))).isEmpty();
  }
}
