package org.relexcurator.ui.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relexcurator.ui.document.Documents.discontinuous;
import static org.relexcurator.ui.document.Documents.mention;
import static org.relexcurator.ui.document.Documents.pubtator;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.SentenceSplitter;
import org.relexcurator.model.Document;
import org.relexcurator.model.Span;
import org.relexcurator.task.TaskMonitor;

class DocumentStylesTest {

  private static final String TITLE = "Loss of the sodium/iodide symporter in thyroid cancer.";
  private static final String ABSTRACT =
      "Iodide transport defect (ITD) was seen. Breast and ovarian cancer were not.";

  /** Where the abstract starts in the document: after the title and one space. */
  private static final int A = TITLE.length() + 1;

  private static ShownDocument prepare(Document document) {
    return ShownDocument.prepare(
        document, EntityTypeMapping.bundled(), new SentenceSplitter(), Map.of(), TaskMonitor.NONE);
  }

  /** The classes of the displayed character at a document offset. */
  private static Collection<String> classesAt(ShownDocument shown, int documentOffset) {
    return Styles.at(shown.baseStyles(), shown.text().toDisplay(documentOffset).getAsInt());
  }

  @Test
  void nestedMentionsKeepTheInnerTypeAndAddASecondUnderlineInTheOuterColour() {
    ShownDocument shown =
        prepare(
            pubtator(
                "1",
                TITLE,
                ABSTRACT,
                mention("G", "GeneOrGeneProduct", 12, 35, "sodium/iodide symporter", "6528"),
                mention("C", "ChemicalEntity", 19, 25, "iodide", "D007454")));

    assertThat(classesAt(shown, 12))
        .containsExactlyInAnyOrder("document-title", "mention", "type-gene");
    assertThat(classesAt(shown, 20))
        .containsExactlyInAnyOrder(
            "document-title", "mention", "type-chemical", "nested", "outer-type-gene");
    assertThat(classesAt(shown, 30))
        .containsExactlyInAnyOrder("document-title", "mention", "type-gene");
    assertThat(classesAt(shown, 11)).containsExactly("document-title");
  }

  @Test
  void crossingMentionsBothStayVisibleWhereTheyOverlap() {
    ShownDocument shown =
        prepare(
            pubtator(
                "2",
                TITLE,
                ABSTRACT,
                mention("C", "Chemical", A, A + 16, "Iodide transport"),
                mention("D", "Disease", A + 7, A + 23, "transport defect")));

    assertThat(classesAt(shown, A)).contains("type-chemical").doesNotContain("nested");
    // As long as each other: the later one is drawn inside.
    assertThat(classesAt(shown, A + 8)).contains("type-disease", "nested", "outer-type-chemical");
    assertThat(classesAt(shown, A + 20)).contains("type-disease").doesNotContain("nested");
  }

  @Test
  void everyFragmentOfADiscontinuousMentionIsHighlightedAndTheGapIsNot() {
    int breast = A + ABSTRACT.indexOf("Breast");
    int ovarian = A + ABSTRACT.indexOf("ovarian");
    int cancer = A + ABSTRACT.indexOf("cancer");
    ShownDocument shown =
        prepare(
            pubtator(
                "3",
                TITLE,
                ABSTRACT,
                discontinuous(
                    "BC",
                    "Disease",
                    List.of(new Span(breast, breast + 6), new Span(cancer, cancer + 6)),
                    "Breast cancer",
                    "D001943"),
                mention("OC", "Disease", ovarian, cancer + 6, "ovarian cancer", "D010051")));

    assertThat(classesAt(shown, breast)).contains("mention", "type-disease", "discontinuous");
    assertThat(classesAt(shown, breast + 8)).doesNotContain("mention");
    assertThat(classesAt(shown, ovarian)).contains("mention").doesNotContain("discontinuous");
    assertThat(classesAt(shown, cancer)).contains("mention", "nested", "discontinuous");
    assertThat(shown.mentions()).extracting(m -> m.ranges().size()).containsExactly(2, 1);
  }

  @Test
  void unmappedTypesGetTheNeutralStyleAndTheirOwnLegendLine() {
    ShownDocument shown =
        prepare(
            pubtator(
                "4",
                TITLE,
                ABSTRACT,
                mention("G", "GeneOrGeneProduct", 12, 35, "sodium/iodide symporter", "6528"),
                mention("D1", "DiseaseOrPhenotypicFeature", 47, 53, "cancer", "D009369"),
                mention("D2", "SpecificDisease", A, A + 23, "Iodide transport defect", "C564766"),
                mention("X", "Syndrome", A + 25, A + 28, "ITD")));

    assertThat(classesAt(shown, A + 26)).contains("mention", "type-unmapped");
    assertThat(shown.legend())
        .containsExactly(
            new LegendEntry("Gene", "type-gene", 1, List.of("GeneOrGeneProduct")),
            new LegendEntry(
                "Disease",
                "type-disease",
                2,
                List.of("DiseaseOrPhenotypicFeature", "SpecificDisease")),
            new LegendEntry("Unmapped", "type-unmapped", 1, List.of("Syndrome")));
  }

  @Test
  void theStyledTextCarriesTheDisplayedTextAndItsStyles() {
    ShownDocument shown =
        prepare(
            pubtator(
                "5",
                TITLE,
                ABSTRACT,
                mention("D", "Disease", A, A + 23, "Iodide transport defect", "C564766")));

    assertThat(shown.styledText().getText()).isEqualTo(shown.text().text());
    int position = shown.text().toDisplay(A + 3).getAsInt();
    assertThat(shown.styledText().getStyleAtPosition(position + 1))
        .contains("mention", "type-disease", "body");
  }

  @Test
  void aMentionWhoseOffsetsWereRepairedIsMarkedAndSaysSoUnderTheMouse() {
    ShownDocument shown =
        ShownDocument.prepare(
            pubtator(
                "7",
                TITLE,
                ABSTRACT,
                mention("G", "GeneOrGeneProduct", 12, 35, "sodium/iodide symporter", "6528"),
                mention("D", "Disease", A, A + 23, "Iodide transport defect", "C564766")),
            EntityTypeMapping.bundled(),
            new SentenceSplitter(),
            Map.of("D", "Offsets repaired (line 4): moved by +2"),
            TaskMonitor.NONE);
    Mention gene = shown.mentions().get(0);
    Mention disease = shown.mentions().get(1);

    assertThat(classesAt(shown, A + 3)).contains("type-disease", "repaired");
    assertThat(classesAt(shown, 14)).contains("type-gene").doesNotContain("repaired");
    assertThat(MentionDescription.of(List.of(disease), null, null))
        .endsWith("Offsets repaired (line 4): moved by +2");
    assertThat(MentionDescription.of(List.of(gene), null, null)).doesNotContain("repaired");
  }
}
