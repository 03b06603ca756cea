package org.relexcurator.ui.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relexcurator.ui.document.Documents.at;
import static org.relexcurator.ui.document.Documents.document;
import static org.relexcurator.ui.document.Documents.mention;
import static org.relexcurator.ui.document.Documents.pubtator;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Span;
import org.relexcurator.ui.document.Documents.PassageText;

class DisplayedTextTest {

  @Test
  void pubtatorDocumentShowsTitleThenAnAbstractHeadingThenTheAbstract() {
    Document document =
        pubtator("1", "Olaparib treats breast cancer.", "Mice got olaparib. Tumours shrank.");

    DisplayedText shown = DisplayedText.of(document);

    assertThat(shown.text())
        .isEqualTo(
            "Olaparib treats breast cancer.\n\nAbstract\nMice got olaparib. Tumours shrank.");
    assertThat(shown.blocks())
        .extracting(DisplayedText.Block::styleClass)
        .containsExactly("document-title", "section-label", "body");
  }

  @Test
  void offsetsMapBothWaysAroundCharactersOutsideTheBasicPlane() {
    String title = "\uD835\uDEC2-Synuclein and \uD83D\uDC2D genes";
    String abstractText = "The \uD835\uDEC3-secretase BACE1 cleaves APP in \uD83D\uDC2D brains.";
    int abstractStart = title.codePointCount(0, title.length()) + 1;
    String all = title + " " + abstractText;
    Entity synuclein = mention("T1", "Gene", 0, 11, "\uD835\uDEC2-Synuclein");
    int bace = at(all, "BACE1", 0);
    Entity bace1 = mention("T2", "Gene", bace, bace + 5, "BACE1");
    int mouse = at(all, "\uD83D\uDC2D brains", abstractStart);
    Entity mice = mention("T3", "Species", mouse, mouse + 1, "\uD83D\uDC2D");
    Document document = pubtator("2", title, abstractText, synuclein, bace1, mice);

    DisplayedText shown = DisplayedText.of(document);

    for (Entity entity : document.entities()) {
      List<TextRange> ranges = shown.toDisplay(entity.extent());
      assertThat(ranges).as(entity.id()).hasSize(1);
      assertThat(shown.text().substring(ranges.get(0).start(), ranges.get(0).end()))
          .as(entity.id())
          .isEqualTo(entity.text());
    }
    // The mouse is one code point in the document and two UTF-16 positions on screen.
    TextRange mouseShown = shown.toDisplay(mice.extent()).get(0);
    assertThat(mouseShown.length()).isEqualTo(2);
    for (Passage passage : document.passages()) {
      for (int offset = passage.span().start(); offset <= passage.span().end(); offset++) {
        OptionalInt position = shown.toDisplay(offset);
        assertThat(position).as("offset %d", offset).isPresent();
        assertThat(shown.toDocument(position.getAsInt())).hasValue(offset);
      }
    }
    // A position inside a surrogate pair belongs to its character.
    assertThat(shown.toDocument(mouseShown.start() + 1)).hasValue(mouse);
  }

  @Test
  void gapsBetweenPassagesAndAddedHeadingsMapToNothing() {
    Document document =
        document(
            "3",
            List.of(
                new PassageText(0, "title", "", "Aspirin"),
                new PassageText(20, "abstract", "", "Aspirin lowers fever.")));

    DisplayedText shown = DisplayedText.of(document);

    assertThat(shown.text()).isEqualTo("Aspirin\n\nAbstract\nAspirin lowers fever.");
    assertThat(shown.toDisplay(12)).isEmpty();
    assertThat(shown.toDisplay(new Span(3, 25)))
        .containsExactly(new TextRange(3, 7), new TextRange(18, 23));
    assertThat(shown.toDocument(shown.text().indexOf("Abstract") + 2)).isEmpty();
    assertThat(shown.toDocument(shown.text().indexOf("lowers"))).hasValue(28);
  }

  @Test
  void aDocumentWithoutPassagesShowsItsWholeText() {
    Entity aspirin = mention("T1", "Chemical", 0, 7, "Aspirin");
    Document document =
        new Document(
            "6",
            new DocumentText("Aspirin lowers fever."),
            List.of(),
            List.of(aspirin),
            List.of(),
            Infons.empty());

    DisplayedText shown = DisplayedText.of(document);

    assertThat(shown.text()).isEqualTo("Aspirin lowers fever.");
    assertThat(shown.toDisplay(aspirin.extent())).containsExactly(new TextRange(0, 7));
  }

  @Test
  void carriageReturnsKeepTheirLengthSoOffsetsStayAligned() {
    String text = "First line\r\nsecond line\rthird";
    Entity third = mention("T1", "Chemical", 24, 29, "third");
    Document document = document("4", List.of(new PassageText(0, "paragraph", "", text)), third);

    DisplayedText shown = DisplayedText.of(document);

    assertThat(shown.text()).isEqualTo("First line \nsecond line\nthird");
    TextRange range = shown.toDisplay(third.extent()).get(0);
    assertThat(shown.text().substring(range.start(), range.end())).isEqualTo("third");
  }

  @Test
  void fullTextSectionsGetHeadingsOnlyWhereTheFileHasNone() {
    List<String[]> passages =
        List.of(
            new String[] {"TITLE", "front", "Dachshund binds p53"},
            new String[] {"ABSTRACT", "abstract", "Breast cancer is common."},
            new String[] {"INTRO", "title_1", "INTRODUCTION"},
            new String[] {"INTRO", "paragraph", "DACH1 is a factor."},
            new String[] {"FIG", "fig_caption_title", "DACH1 binds p53."},
            new String[] {"FIG", "fig_caption", "(A) Westerns."},
            new String[] {"INTRO", "paragraph", "More text."},
            new String[] {"RESULTS", "title_2", "DACH1 binds"},
            new String[] {"REF", "title", "REFERENCES"},
            new String[] {"REF", "ref", "p53 in health."});
    List<PassageText> texts = new ArrayList<>();
    int offset = 0;
    for (String[] p : passages) {
      texts.add(new PassageText(offset, p[1], p[0], p[2]));
      offset += p[2].length() + 3;
    }

    DisplayedText shown = DisplayedText.of(document("5", texts));

    assertThat(shown.text())
        .isEqualTo(
            "Dachshund binds p53\n\n"
                + "Abstract\nBreast cancer is common.\n\n"
                + "INTRODUCTION\nDACH1 is a factor.\n\n"
                + "Figure\nDACH1 binds p53.\n\n(A) Westerns.\n\n"
                + "More text.\n\n"
                + "DACH1 binds\n\n"
                + "REFERENCES\np53 in health.");
    assertThat(shown.blocks())
        .extracting(DisplayedText.Block::styleClass)
        .containsExactly(
            "document-title",
            "section-label",
            "body",
            "heading-1",
            "body",
            "section-label",
            "caption-title",
            "caption",
            "body",
            "heading-2",
            "heading-1",
            "body");
  }
}
