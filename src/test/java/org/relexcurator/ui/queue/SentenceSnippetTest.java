package org.relexcurator.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Sentence;
import org.relexcurator.model.Span;
import org.relexcurator.ui.queue.SnippetPart.Role;

class SentenceSnippetTest {

  private static CandidatePair pairIn(Document document, String first, String second) {
    return new CandidatePair(
        document.id(),
        document.passages().get(0).sentences().get(0),
        document.entity(first).orElseThrow(),
        document.entity(second).orElseThrow(),
        false);
  }

  /** A document of one sentence; mentions given as code point offsets. */
  private static Document document(String text, int[]... mentions) {
    DocumentText documentText = new DocumentText(text);
    Span all = new Span(0, documentText.length());
    List<Entity> entities = new java.util.ArrayList<>();
    for (int i = 0; i < mentions.length; i++) {
      Span span = new Span(mentions[i][0], mentions[i][1]);
      entities.add(
          new Entity(
              "T" + (i + 1),
              "Chemical",
              List.of(span),
              documentText.slice(span),
              List.of(),
              Infons.empty()));
    }
    return new Document(
        "d",
        documentText,
        List.of(new Passage("p", all, List.of(new Sentence(all)), Infons.empty())),
        entities,
        List.of(),
        Infons.empty());
  }

  @Test
  void aLongSentenceIsCutToWholeWordsAroundTheMentionsWithEllipses() {
    String text =
        "In this long introduction about many unrelated things, the drug tamoxifen was"
            + " shown to reduce breast cancer recurrence, as later trials in several countries and"
            + " settings confirmed.";
    int e1 = text.indexOf("tamoxifen");
    int e2 = text.indexOf("breast cancer");
    Document document = document(text, new int[] {e1, e1 + 9}, new int[] {e2, e2 + 13});

    List<SnippetPart> parts = SentenceSnippet.of(document, pairIn(document, "T1", "T2"), 10);

    assertThat(parts)
        .containsExactly(
            new SnippetPart("… ", Role.TEXT),
            new SnippetPart("things, the drug ", Role.TEXT),
            new SnippetPart("tamoxifen", Role.E1),
            new SnippetPart(" was shown to reduce ", Role.TEXT),
            new SnippetPart("breast cancer", Role.E2),
            new SnippetPart(" recurrence,", Role.TEXT),
            new SnippetPart(" …", Role.TEXT));
  }

  @Test
  void e2BeforeE1AndNestedMentionsAreStyledByRoleAndLineBreaksBecomeSpaces() {
    String text = "Breast\ncancer cells";
    Document document = document(text, new int[] {0, 13}, new int[] {7, 13});

    List<SnippetPart> parts = SentenceSnippet.of(document, pairIn(document, "T2", "T1"), 40);

    assertThat(parts)
        .containsExactly(
            new SnippetPart("Breast ", Role.E2),
            new SnippetPart("cancer", Role.BOTH),
            new SnippetPart(" cells", Role.TEXT));
  }

  @Test
  void charactersOutsideTheBasicPlaneDoNotShiftTheMentions() {
    String text = "\uD835\uDEFC-agonist \uD835\uDEFD blocks TNF in mice";
    int tnf = text.codePointCount(0, text.indexOf("TNF"));
    Document document = document(text, new int[] {0, 9}, new int[] {tnf, tnf + 3});

    List<SnippetPart> parts = SentenceSnippet.of(document, pairIn(document, "T1", "T2"), 40);

    assertThat(parts)
        .contains(
            new SnippetPart("\uD835\uDEFC-agonist", Role.E1), new SnippetPart("TNF", Role.E2));
  }
}
