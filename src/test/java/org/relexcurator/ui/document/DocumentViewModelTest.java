package org.relexcurator.ui.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relexcurator.ui.document.Documents.mention;
import static org.relexcurator.ui.document.Documents.pubtator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.relexcurator.inference.CandidateGenerator;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.HandPickedPair;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.RelationSpecs;
import org.relexcurator.inference.SentenceSplitter;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Span;
import org.relexcurator.task.SynchronousTaskExecutor;

class DocumentViewModelTest {

  private static final String TITLE = "Olaparib treats BRCA1-mutated breast cancer in mice.";
  private static final String ABSTRACT =
      "Patients with breast cancer got olaparib. Mice lacking Brca1 developed tumours.";
  private static final int A = TITLE.length() + 1;

  private static Document abstractDocument(String id) {
    return pubtator(
        id,
        TITLE,
        ABSTRACT,
        mention("T1", "ChemicalEntity", 0, 8, "Olaparib", "D000077628"),
        mention(
            "T2", "DiseaseOrPhenotypicFeature", 16, 43, "BRCA1-mutated breast cancer", "D001943"),
        mention("T3", "GeneOrGeneProduct", 16, 21, "BRCA1", "672"),
        mention("T4", "OrganismTaxon", 47, 51, "mice", "10090"),
        mention("A1", "DiseaseOrPhenotypicFeature", A + 14, A + 27, "breast cancer", "D001943"),
        mention("A2", "ChemicalEntity", A + 32, A + 40, "olaparib", "D000077628"),
        mention("A3", "OrganismTaxon", A + 42, A + 46, "Mice", "10090"),
        mention("A4", "GeneOrGeneProduct", A + 55, A + 60, "Brca1", "12189"),
        mention("A5", "DiseaseOrPhenotypicFeature", A + 71, A + 78, "tumours", "D009369"));
  }

  private final DocumentViewModel model = DocumentViewModel.standard(new SynchronousTaskExecutor());

  /** A displayed position inside the n-th occurrence (from 0) of a text. */
  private int inside(String text, int occurrence) {
    String shown = model.shownDocumentProperty().get().text().text();
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = shown.indexOf(text, at + 1);
    }
    return at + text.length() / 2;
  }

  private String e1() {
    Mention m = model.firstMentionProperty().get();
    return m == null ? null : m.entity().id();
  }

  private String e2() {
    Mention m = model.secondMentionProperty().get();
    return m == null ? null : m.entity().id();
  }

  private String focusedId() {
    return model.focusedMentionProperty().get().entity().id();
  }

  /** The ranges the current emphasis gives one of its marks, e.g. {@link Emphasis#first}. */
  private List<TextRange> emphasised(Function<Emphasis, List<TextRange>> mark) {
    ShownEmphasis shown = model.emphasisProperty().get();
    assertThat(shown.target()).isSameAs(model.shownDocumentProperty().get());
    return mark.apply(shown.emphasis());
  }

  private static boolean covers(List<TextRange> ranges, int position) {
    return ranges.stream().anyMatch(r -> r.start() <= position && position < r.end());
  }

  @Test
  void showingADocumentListsItsMentionsInReadingOrderWithALegend() {
    model.show(abstractDocument("1"));

    ShownDocument shown = model.shownDocumentProperty().get();
    assertThat(model.loadingProperty().get()).isFalse();
    assertThat(shown.mentions())
        .extracting(m -> m.entity().id())
        .containsExactly("T1", "T2", "T3", "T4", "A1", "A2", "A3", "A4", "A5");
    assertThat(shown.legend())
        .extracting(LegendEntry::label, LegendEntry::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Gene", 2),
            org.assertj.core.groups.Tuple.tuple("Chemical", 2),
            org.assertj.core.groups.Tuple.tuple("Disease", 3),
            org.assertj.core.groups.Tuple.tuple("Species", 2));
    assertThat(shown.document().sentenceCount()).isEqualTo(3);
  }

  @Test
  void clickingTwoMentionsPicksE1ThenE2AndAThirdClickStartsOver() {
    model.show(abstractDocument("1"));

    model.clickAt(inside("Olaparib", 0));
    assertThat(e1()).isEqualTo("T1");
    assertThat(model.pickedPairProperty().get()).isNull();
    assertThat(model.secondBadgeProperty().get()).isEqualTo("E2: —");

    model.clickAt(inside("BRCA1", 0)); // inside T2 too: the innermost mention wins
    HandPickedPair pair = model.pickedPairProperty().get();
    assertThat(e2()).isEqualTo("T3");
    assertThat(pair.pair().first().id()).isEqualTo("T1");
    assertThat(pair.pair().second().id()).isEqualTo("T3");
    assertThat(pair.pair().crossesSentences()).isFalse();
    assertThat(pair.allowedBySpecs()).isTrue();
    assertThat(model.firstBadgeProperty().get()).isEqualTo("E1: Olaparib · Chemical");
    assertThat(model.secondBadgeProperty().get()).isEqualTo("E2: BRCA1 · Gene");
    assertThat(model.sentenceFlagProperty().get()).isEqualTo(new PairFlag("Same sentence", false));
    assertThat(model.specsFlagProperty().get())
        .isEqualTo(new PairFlag("Chemical → Gene is in the relation specs", false));

    model.clickAt(inside("tumours", 0));
    assertThat(e1()).isEqualTo("A5");
    assertThat(e2()).isNull();
    assertThat(model.pickedPairProperty().get()).isNull();
    assertThat(model.sentenceFlagProperty().get()).isNull();
  }

  @Test
  void makingE1WithoutAFocusedMentionSaysHowToFocusOneUntilOneIsFocused() {
    model.show(abstractDocument("1"));

    model.assignFirst();
    assertThat(model.messageProperty().get()).startsWith("No mention has the focus");
    assertThat(model.firstMentionProperty().get()).isNull();

    model.focusNext();
    assertThat(model.messageProperty().get()).isEmpty();
    model.assignSecond();
    assertThat(e2()).isEqualTo("T1");
  }

  @Test
  void longMentionTextsAreCutInTheBadges() {
    String title = "Deletion of the five terminal amino acids of exon XI of the symporter.";
    model.show(
        pubtator(
            "long",
            title,
            "Nothing else.",
            mention(
                "V",
                "SequenceVariant",
                0,
                49,
                "Deletion of the five terminal amino acids of exon",
                "p|DEL|439_443|")));

    model.clickAt(3);

    assertThat(model.firstBadgeProperty().get())
        .isEqualTo("E1: Deletion of the five terminal amino aci\u2026 · ProteinMutation");
  }

  @Test
  void clicksOutsideMentionsAndOnE1AgainChangeNothing() {
    model.show(abstractDocument("1"));
    model.clickAt(inside("Olaparib", 0));

    model.clickAt(inside("treats", 0));
    model.clickAt(inside("Olaparib", 0));

    assertThat(e1()).isEqualTo("T1");
    assertThat(e2()).isNull();
  }

  @Test
  void aPairAcrossSentencesIsFlagged() {
    model.show(abstractDocument("1"));

    model.clickAt(inside("Olaparib", 0));
    model.clickAt(inside("tumours", 0));

    HandPickedPair pair = model.pickedPairProperty().get();
    assertThat(pair.pair().crossesSentences()).isTrue();
    assertThat(pair.allowedBySpecs()).isTrue();
    assertThat(model.sentenceFlagProperty().get())
        .isEqualTo(new PairFlag("Crosses sentences", true));
  }

  @Test
  void aTypePairOutsideTheRelationSpecsIsFlagged() {
    model.show(abstractDocument("1"));

    model.clickAt(inside("breast cancer", 1));
    model.clickAt(inside("Brca1", 0));

    HandPickedPair pair = model.pickedPairProperty().get();
    assertThat(pair.allowedBySpecs()).isFalse();
    assertThat(pair.pair().crossesSentences()).isTrue();
    assertThat(model.specsFlagProperty().get())
        .isEqualTo(new PairFlag("Disease → Gene is not in the relation specs", true));
  }

  @Test
  void keyboardFocusWalksMentionsInReadingOrderAndWrapsAround() {
    model.show(abstractDocument("1"));

    List<String> forward = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      model.focusNext();
      forward.add(focusedId());
    }
    assertThat(forward).containsExactly("T1", "T2", "T3", "T4", "A1", "A2", "A3", "A4", "A5", "T1");

    model.focusPrevious();
    assertThat(focusedId()).isEqualTo("A5");
    model.clear();
    model.focusPrevious();
    assertThat(focusedId()).isEqualTo("A5");
  }

  @Test
  void keyboardFocusScrollsToTheFocusedMention() {
    model.show(abstractDocument("1"));

    model.focusNext();
    model.focusNext();

    assertThat(model.scrollRequestProperty().get().position())
        .isEqualTo(model.focusedMentionProperty().get().displayStart());
  }

  @Test
  void keysAssignTheFocusedMentionSwapAndClear() {
    model.show(abstractDocument("1"));

    model.focusNext();
    model.assignFirst();
    model.focusNext();
    model.focusNext();
    model.assignSecond();
    assertThat(List.of(e1(), e2())).containsExactly("T1", "T3");

    model.swap();
    assertThat(List.of(e1(), e2())).containsExactly("T3", "T1");
    assertThat(model.pickedPairProperty().get().pair().first().id()).isEqualTo("T3");

    model.focusPrevious();
    model.focusPrevious(); // back on T1, which is E2: making it E1 swaps the roles
    model.assignFirst();
    assertThat(List.of(e1(), e2())).containsExactly("T1", "T3");

    model.clear();
    assertThat(model.firstMentionProperty().get()).isNull();
    assertThat(model.secondMentionProperty().get()).isNull();
    assertThat(model.focusedMentionProperty().get()).isNull();
    assertThat(model.pickedPairProperty().get()).isNull();
    assertThat(model.specsFlagProperty().get()).isNull();
  }

  @Test
  void thePairAndTheFocusAreEmphasisedAndClearingDropsTheEmphasis() {
    model.show(abstractDocument("1"));

    model.clickAt(inside("Olaparib", 0));
    model.clickAt(inside("BRCA1", 0));

    assertThat(covers(emphasised(Emphasis::first), inside("Olaparib", 0))).isTrue();
    assertThat(covers(emphasised(Emphasis::first), inside("BRCA1", 0))).isFalse();
    assertThat(covers(emphasised(Emphasis::second), inside("BRCA1", 0))).isTrue();
    assertThat(covers(emphasised(Emphasis::focused), inside("BRCA1", 0))).isTrue();
    assertThat(covers(emphasised(Emphasis::sentence), inside("treats", 0))).isTrue();
    assertThat(covers(emphasised(Emphasis::sentence), inside("Patients", 0))).isFalse();

    model.clear();
    assertThat(model.emphasisProperty().get().emphasis()).isEqualTo(Emphasis.NONE);
  }

  @Test
  void withoutAPairTheFocusedMentionsSentenceIsEmphasised() {
    model.show(abstractDocument("1"));

    for (int i = 0; i < 7; i++) {
      model.focusNext(); // to A3, "Mice" in the second sentence of the abstract
    }

    assertThat(focusedId()).isEqualTo("A3");
    List<TextRange> sentence = emphasised(Emphasis::sentence);
    assertThat(covers(sentence, inside("developed", 0))).isTrue();
    assertThat(covers(sentence, inside("Patients", 0))).isFalse();
    assertThat(covers(sentence, inside("treats", 0))).isFalse();
    assertThat(emphasised(Emphasis::first)).isEmpty();
  }

  @Test
  void aPairFromTheReviewQueueIsPickedAndScrolledTo() {
    Document document = abstractDocument("1");
    model.show(document);
    CandidatePair fromQueue = generatedPair(document, "A2", "A1");

    model.showPair(fromQueue);

    assertThat(List.of(e1(), e2())).containsExactly("A2", "A1");
    assertThat(model.focusedMentionProperty().get().entity().id()).isEqualTo("A2");
    assertThat(model.scrollRequestProperty().get().position())
        .isEqualTo(model.secondMentionProperty().get().displayStart());
    assertThat(model.pickedPairProperty().get().pair().crossesSentences()).isFalse();
  }

  @Test
  void aPairPickedByClicksAndThenShownFromTheQueueAsksForNoScroll() {
    model.show(abstractDocument("1"));
    model.clickAt(inside("olaparib", 0));
    model.clickAt(inside("breast cancer", 1));
    assertThat(List.of(e1(), e2())).containsExactly("A2", "A1");

    model.showPair(generatedPair(model.shownDocumentProperty().get().document(), "A2", "A1"));

    assertThat(model.scrollRequestProperty().get()).isNull();
  }

  @Test
  void anotherPairOfTheDocumentShownIsPickedInPlaceWithoutShowingTheDocumentAgain() {
    Document document = abstractDocument("1");
    model.show(document, generatedPair(document, "T1", "T2"));
    ShownDocument shown = model.shownDocumentProperty().get();

    model.show(document, generatedPair(document, "A2", "A1"));

    assertThat(model.shownDocumentProperty().get()).isSameAs(shown);
    assertThat(List.of(e1(), e2())).containsExactly("A2", "A1");
    assertThat(model.scrollRequestProperty().get().position())
        .isEqualTo(model.secondMentionProperty().get().displayStart());
  }

  @Test
  void aPairForADocumentStillBeingPreparedWaitsForIt() {
    QueuedTaskExecutor executor = new QueuedTaskExecutor();
    DocumentViewModel queued = DocumentViewModel.standard(executor);
    Document document = abstractDocument("1");

    queued.show(document);
    queued.showPair(generatedPair(document, "T1", "T2"));
    assertThat(queued.loadingProperty().get()).isTrue();
    executor.runAll();

    assertThat(queued.firstMentionProperty().get().entity().id()).isEqualTo("T1");
    assertThat(queued.secondMentionProperty().get().entity().id()).isEqualTo("T2");
  }

  @Test
  void aMentionAskedForWhileItsDocumentIsPreparedIsFocusedAndScrolledToOnceShown() {
    QueuedTaskExecutor executor = new QueuedTaskExecutor();
    DocumentViewModel queued = DocumentViewModel.standard(executor);

    queued.show(abstractDocument("1"));
    queued.showMention("1", "A4");
    executor.runAll();

    Mention focused = queued.focusedMentionProperty().get();
    assertThat(focused.entity().id()).isEqualTo("A4");
    assertThat(queued.scrollRequestProperty().get().position()).isEqualTo(focused.displayStart());
    assertThat(queued.firstMentionProperty().get()).isNull();
  }

  @Test
  void aMentionOfAnotherDocumentIsNotFocused() {
    model.show(abstractDocument("1"));

    model.showMention("2", "A4");

    assertThat(model.focusedMentionProperty().get()).isNull();
  }

  @Test
  void theRepairedMentionsOfTheCorpusAreMarkedInTheDocumentsShown() {
    model.useRepairs(
        RepairedMentions.of(
            List.of(
                org.relexcurator.model.Problem.offsetsRepaired(
                    "a.pubtator", "1", 9, "A2", "offsets moved by -2", "olaparib", "arib. M"))));

    model.show(abstractDocument("1"));

    List<Collection<String>> styles =
        Styles.perCharacter(model.shownDocumentProperty().get().baseStyles());
    assertThat(styles.get(inside("olaparib", 0))).contains("repaired");
    assertThat(styles.get(inside("Olaparib", 0))).doesNotContain("repaired");
    model.hoverAt(inside("olaparib", 0));
    assertThat(model.hoverTextProperty().get()).contains("Offsets repaired (line 9)");
  }

  @Test
  void aNewerDocumentSupersedesOneStillBeingPrepared() {
    QueuedTaskExecutor executor = new QueuedTaskExecutor();
    DocumentViewModel queued = DocumentViewModel.standard(executor);
    List<String> shownIds = new ArrayList<>();
    queued.shownDocumentProperty().addListener((o, old, now) -> shownIds.add(now.document().id()));

    queued.show(abstractDocument("old"));
    queued.show(abstractDocument("new"));
    executor.runAll();

    assertThat(shownIds).containsExactly("new");
    assertThat(queued.loadingProperty().get()).isFalse();
  }

  @Test
  void hoveringAMentionDescribesItsTypeAsWrittenAndMappedAndItsConceptIds() {
    model.show(abstractDocument("1"));
    model.clickAt(inside("Olaparib", 0));

    model.hoverAt(inside("BRCA1", 0));
    assertThat(model.hoverTextProperty().get())
        .isEqualTo(
            "\u201cBRCA1-mutated breast cancer\u201d\n"
                + "Type: Disease (written DiseaseOrPhenotypicFeature)\n"
                + "Concept ids: D001943\n\n"
                + "\u201cBRCA1\u201d\n"
                + "Type: Gene (written GeneOrGeneProduct)\n"
                + "Concept ids: 672");

    model.hoverAt(inside("Olaparib", 0));
    assertThat(model.hoverTextProperty().get()).endsWith("E1 of the picked pair");

    model.hoverEnded();
    assertThat(model.hoverTextProperty().get()).isEmpty();
  }

  @Test
  void aDocumentThatCannotBeLaidOutGivesAShortMessage() {
    Document broken =
        new Document(
            "bad",
            new DocumentText("short"),
            List.of(new Passage("title", new Span(0, 50))),
            List.of(),
            List.of(),
            Infons.empty());

    model.show(broken);

    assertThat(model.loadingProperty().get()).isFalse();
    assertThat(model.shownDocumentProperty().get()).isNull();
    assertThat(model.messageProperty().get()).startsWith("Cannot show document bad: ");
  }

  private static CandidatePair generatedPair(Document document, String first, String second) {
    Document split = document.withSentences(new SentenceSplitter()::split);
    EntityTypeMapping types = EntityTypeMapping.bundled();
    return new CandidateGenerator(RelationSpecs.bundled(), types)
        .generate("test", split, MarkerMode.EXACT).pairs().stream()
            .filter(p -> p.first().id().equals(first) && p.second().id().equals(second))
            .findFirst()
            .orElseThrow();
  }
}
