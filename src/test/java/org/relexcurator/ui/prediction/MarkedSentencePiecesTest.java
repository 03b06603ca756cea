package org.relexcurator.ui.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.relexcurator.model.MarkedText;
import org.relexcurator.model.Span;
import org.relexcurator.ui.prediction.SentencePiece.Role;

class MarkedSentencePiecesTest {

  @Test
  void nestedRangesAreShownAsBothInsideTheInnerRange() {
    assertThat(MarkedSentencePieces.of("[E1][E2]breast[/E2] cancer[/E1] risk"))
        .containsExactly(
            new SentencePiece("[E1]", Role.E1_MARKER),
            new SentencePiece("[E2]", Role.E2_MARKER),
            new SentencePiece("breast", Role.BOTH),
            new SentencePiece("[/E2]", Role.E2_MARKER),
            new SentencePiece(" cancer", Role.E1),
            new SentencePiece("[/E1]", Role.E1_MARKER),
            new SentencePiece(" risk", Role.TEXT));
  }

  @Test
  void bracketsThatAreNotTheModelsMarkersStayText() {
    assertThat(MarkedSentencePieces.of("[3H]thymidine and [E10] with [E1]x[/E1]"))
        .containsExactly(
            new SentencePiece("[3H]thymidine and [E10] with ", Role.TEXT),
            new SentencePiece("[E1]", Role.E1_MARKER),
            new SentencePiece("x", Role.E1),
            new SentencePiece("[/E1]", Role.E1_MARKER));
  }

  @Test
  void textOutsideTheBasicPlaneIsKeptWhole() {
    List<SentencePiece> pieces = MarkedSentencePieces.of("\uD835\uDC00 [E2]\uD83E\uDDEC[/E2]");

    assertThat(pieces).element(2).isEqualTo(new SentencePiece("\uD83E\uDDEC", Role.E2));
  }

  @Property(tries = 200)
  void piecesJoinToTheRenderedSentenceForAnyTwoRanges(
      @ForAll @IntRange(min = 0, max = 19) int start1,
      @ForAll @IntRange(min = 1, max = 20) int len1,
      @ForAll @IntRange(min = 0, max = 19) int start2,
      @ForAll @IntRange(min = 1, max = 20) int len2) {
    String plain = "Tamoxifen lowers the risk of breast cancer.";
    MarkedText markup =
        MarkedText.of(plain, new Span(start1, start1 + len1), new Span(start2, start2 + len2));
    String rendered = markup.render();

    List<SentencePiece> pieces = MarkedSentencePieces.of(rendered);

    assertThat(String.join("", pieces.stream().map(SentencePiece::text).toList()))
        .isEqualTo(rendered);
    String firstText =
        String.join(
            "",
            pieces.stream()
                .filter(p -> p.role() == Role.E1 || p.role() == Role.BOTH)
                .map(SentencePiece::text)
                .toList());
    assertThat(firstText).isEqualTo(plain.substring(start1, start1 + len1));
  }
}
