package org.relexcurator.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.relexcurator.inference.TestDocuments.mention;
import static org.relexcurator.inference.TestDocuments.sentence;

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

class EntityMarkerTest {

  @Test
  void marksTheChosenMentionsOfASentenceInsideALongerDocument() {
    DocumentText text =
        new DocumentText(
            "Title here. Paclitaxel is a common chemotherapy used for"
                + " lung cancer. Next sentence.");
    Entity drug = mention("T1", "Chemical", 12, 22, "Paclitaxel");
    Entity disease = mention("T2", "Disease", 57, 68, "lung cancer");
    Document document =
        new Document(
            "d",
            text,
            List.of(new Passage("abstract", new Span(0, 84))),
            List.of(drug, disease),
            List.of(),
            Infons.empty());
    CandidatePair pair = new CandidatePair("d", Sentence.of(12, 69), drug, disease, false);

    MarkedSentence marked = EntityMarker.mark(document, pair, MarkerMode.EXACT);

    assertThat(marked.text())
        .isEqualTo("[E1]Paclitaxel[/E1] is a common chemotherapy used for [E2]lung cancer[/E2].");
    assertThat(marked.firstInDocument()).containsExactly(new Span(12, 22));
    assertThat(marked.secondInDocument()).containsExactly(new Span(57, 68));
  }

  @Test
  void allOccurrencesFollowsPythonReplaceNonOverlappingAndCaseSensitive() {
    Document document =
        sentence(
            "aaa AAA aa", mention("T1", "Gene", 1, 3, "aa"), mention("T2", "Gene", 4, 7, "AAA"));
    CandidatePair pair =
        new CandidatePair(
            "doc",
            Sentence.of(0, 10),
            document.entities().get(0),
            document.entities().get(1),
            false);

    MarkedSentence marked = EntityMarker.mark(document, pair, MarkerMode.ALL_OCCURRENCES);

    // "aaa AAA aa".replace("aa", …) replaces at 0 and 8 only; the chosen mention at 1 is missed.
    assertThat(marked.text()).isEqualTo("[E1]aa[/E1]a [E2]AAA[/E2] [E1]aa[/E1]");
    assertThat(marked.firstInDocument()).containsExactly(new Span(0, 2), new Span(8, 10));
  }

  @Test
  void aDiscontinuousMentionIsMarkedOverItsExtent() {
    Document document =
        sentence(
            "ovarian and breast cancers respond to olaparib",
            new Entity(
                "T1",
                "Disease",
                List.of(new Span(0, 7), new Span(19, 26)),
                "ovarian cancers",
                List.of(),
                null),
            mention("T2", "Chemical", 38, 46, "olaparib"));
    CandidatePair pair =
        new CandidatePair(
            "doc",
            Sentence.of(0, 46),
            document.entities().get(1),
            document.entities().get(0),
            false);

    assertThat(EntityMarker.mark(document, pair, MarkerMode.EXACT).text())
        .isEqualTo("[E2]ovarian and breast cancers[/E2] respond to [E1]olaparib[/E1]");
    assertThat(EntityMarker.mark(document, pair, MarkerMode.ALL_OCCURRENCES).text())
        .isEqualTo("[E2]ovarian and breast cancers[/E2] respond to [E1]olaparib[/E1]");
  }

  @Test
  void offsetsAreCodePointsOfTheDocument() {
    Document document =
        sentence(
            "\uD835\uDEFC-synuclein \uD835\uDEFC binds copper.",
            mention("T1", "Gene", 0, 11, "\uD835\uDEFC-synuclein"),
            mention("T2", "Chemical", 20, 26, "copper"));
    TestDocuments.assertMentionsMatchText(document);
    CandidatePair pair =
        new CandidatePair(
            "doc",
            Sentence.of(0, 27),
            document.entities().get(1),
            document.entities().get(0),
            false);

    assertThat(EntityMarker.mark(document, pair, MarkerMode.EXACT).text())
        .isEqualTo("[E2]\uD835\uDEFC-synuclein[/E2] \uD835\uDEFC binds [E1]copper[/E1].");
    assertThat(EntityMarker.mark(document, pair, MarkerMode.ALL_OCCURRENCES).secondInDocument())
        .containsExactly(new Span(0, 11));
  }

  @Test
  void refusesAMentionOutsideThePairsSentence() {
    Document document =
        sentence(
            "Aspirin helps. Fever drops.",
            mention("T1", "Chemical", 0, 7, "Aspirin"),
            mention("T2", "Disease", 15, 20, "Fever"));
    CandidatePair pair =
        new CandidatePair(
            "doc",
            Sentence.of(0, 14),
            document.entities().get(0),
            document.entities().get(1),
            false);

    assertThatThrownBy(() -> EntityMarker.mark(document, pair, MarkerMode.EXACT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("T2");
  }

  @Test
  void modesHaveTheirCommandLineNames() {
    assertThat(MarkerMode.EXACT.label()).isEqualTo("exact");
    assertThat(MarkerMode.ALL_OCCURRENCES.label()).isEqualTo("all-occurrences");
  }
}
