package org.relexcurator.io.brat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Span;
import org.relexcurator.model.TextLayout;

class BratPassagesTest {

  private static List<Span> passageSpans(String text, Entity... entities) {
    return BratPassages.of(new DocumentText(text), List.of(entities)).stream()
        .map(Passage::span)
        .toList();
  }

  private static Entity mention(int start, int end) {
    return new Entity("T1", "Disease", List.of(new Span(start, end)), "x", List.of(), null);
  }

  @Test
  void theWriterBreaksTheLineWhereTwoPassagesMeetAndMovesNoOffset() {
    TextLayout layout = new TextLayout();
    Span title = layout.place(0, "A title.");
    Span abstractSpan = layout.place(9, "von Willebrand factor.");
    Span section = layout.place(40, "Results.");
    Document document =
        new Document(
            "d",
            layout.build(),
            List.of(
                new Passage("title", title),
                new Passage("abstract", abstractSpan),
                new Passage("section", section)),
            List.of(),
            List.of(),
            Infons.empty());

    String written = BratPassages.textWithLineBreaks(document);

    assertThat(written).isEqualTo("A title.\nvon Willebrand factor.\n        Results.");
    assertThat(written).hasSameSizeAs(document.text().value());
  }

  @Test
  void theWriterLeavesGapsThatAlreadyBreakTheLineAndPassagesWithoutGap() {
    TextLayout layout = new TextLayout();
    Span first = layout.place(0, "One.");
    Span second = layout.place(4, "Two.");
    layout.place(8, "\n\n");
    Span third = layout.place(10, "Three.");
    DocumentText text = layout.build();
    Document document =
        new Document(
            "d",
            text,
            List.of(new Passage("p", first), new Passage("p", second), new Passage("p", third)),
            List.of(),
            List.of(),
            Infons.empty());

    assertThat(BratPassages.textWithLineBreaks(document)).isEqualTo(text.value());
  }

  @Test
  void aLineThatEndsASentenceEndsAPassageEvenBeforeALowerCaseLine() {
    assertThat(passageSpans("A title (mice).\nvon Willebrand factor.\nMore."))
        .containsExactly(new Span(0, 16), new Span(16, 39), new Span(39, 44));
  }

  @Test
  void wrappedLinesAndLinesWithoutASentenceEndStayInOnePassage() {
    assertThat(passageSpans("Aspirin was\ngiven daily\nTo adults.\n"))
        .containsExactly(new Span(0, 35));
  }

  @Test
  void aLineBreakInsideAMentionEndsNoPassage() {
    String text = "It has type 1.\ndiabetes. Then more.";

    assertThat(passageSpans(text, mention(12, 23))).containsExactly(new Span(0, 35));
    assertThat(passageSpans(text, mention(0, 2)))
        .containsExactly(new Span(0, 15), new Span(15, 35));
  }

  @Test
  void trailingBlankLinesBelongToTheLastPassage() {
    assertThat(passageSpans("One.\nTwo.\n\n  \n")).containsExactly(new Span(0, 5), new Span(5, 14));
    assertThat(passageSpans("")).containsExactly(new Span(0, 0));
  }
}
