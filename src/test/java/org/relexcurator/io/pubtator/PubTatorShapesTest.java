package org.relexcurator.io.pubtator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.io.pubtator.PubTatorLine.Malformed;
import org.relexcurator.io.pubtator.PubTatorLine.MentionLine;
import org.relexcurator.io.pubtator.PubTatorLine.RelationLine;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Problem;
import org.relexcurator.model.Problem.Severity;
import org.relexcurator.model.Relation;
import org.relexcurator.model.Span;

/**
 * PubTator files in the shapes other tools write them: mention lines without a concept-id column,
 * full texts written one passage per block (hand-made fixtures in {@code pubtator-shapes/}).
 */
class PubTatorShapesTest {

  @TempDir Path folder;

  private static Path shape(String name) throws Exception {
    return Path.of(
        Objects.requireNonNull(
                PubTatorShapesTest.class.getResource("/pubtator-shapes/" + name), name)
            .toURI());
  }

  private static Corpus read(Path file) throws Exception {
    return new PubTatorReader().read(file);
  }

  private Corpus read(String content) throws Exception {
    Path file = folder.resolve("input.PubTator");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return read(file);
  }

  /** Every mention covers its own text, the check a reader must never get wrong. */
  private static void assertMentionsCoverTheirText(Document document) {
    assertThat(document.entities())
        .allSatisfy(
            entity -> assertThat(document.text().slice(entity.extent())).isEqualTo(entity.text()));
  }

  @Test
  void fiveColumnLinesAreMentionsWhenTheyStartWithTwoOffsetsAndRelationsOtherwise() {
    assertThat(PubTatorLineParser.parse("7\t0\t9\tTamoxifen\tChemical"))
        .isEqualTo(new MentionLine("7", 0, 9, "Tamoxifen", "Chemical", "", null));
    assertThat(PubTatorLineParser.parse("7\tAssociation\t672\t5888\tNovel"))
        .isEqualTo(new RelationLine("7", "Association", "672", "5888", "Novel"));
    assertThat(PubTatorLineParser.parse("7\tBind\t672\t5888"))
        .isEqualTo(new RelationLine("7", "Bind", "672", "5888", null));
    assertThat(PubTatorLineParser.parse("7\t0\t9\tTamoxifen"))
        .isInstanceOfSatisfying(
            Malformed.class,
            bad ->
                assertThat(bad.reason()).isEqualTo("mention line has 4 columns, no type; skipped"));
  }

  @Test
  void mentionLinesWithoutAConceptIdColumnAreReadBesideBioRedRelationLines() throws Exception {
    Corpus corpus = read(shape("mentions-without-concept-ids.PubTator"));

    assertThat(corpus.problems()).isEmpty();
    Document ner = corpus.documents().get(0);
    assertThat(ner.entities())
        .extracting(Entity::text, Entity::type, Entity::conceptIds)
        .containsExactly(
            tuple("Tamoxifen", "Chemical", List.of()),
            tuple("endometrial cancer", "Disease", List.of()),
            tuple("breast cancer", "Disease", List.of()),
            tuple("tamoxifen", "Chemical", List.of()),
            tuple("endometrial cancer", "Disease", List.of()),
            tuple("tamoxifen", "Chemical", List.of()));
    assertMentionsCoverTheirText(ner);
    Document biored = corpus.documents().get(1);
    assertThat(biored.entities()).hasSize(7);
    assertThat(biored.relations())
        .extracting(Relation::type, Relation::arguments, Relation::infons)
        .containsExactly(
            tuple(
                "Bind",
                List.of(Argument.concept("entity1", "672"), Argument.concept("entity2", "5888")),
                Infons.of("novel", "Novel")),
            tuple(
                "Association",
                List.of(Argument.concept("entity1", "7157"), Argument.concept("entity2", "5888")),
                Infons.of("novel", "No")));
  }

  @Test
  void fullTextWrittenOnePassagePerBlockIsOneDocumentWithEveryMentionInItsPassage()
      throws Exception {
    Corpus corpus = read(shape("full-text-one-passage-per-block.PubTator"));

    assertThat(corpus.problems()).isEmpty();
    Document document = corpus.documents().get(0);
    assertThat(corpus.documents()).hasSize(1);
    String title = "DACH1 binds p53 and represses breast cancer growth.";
    String abstractText =
        "DACH1 binds p53 in breast cancer cells. Cisplatin induces apoptosis"
            + " when DACH1 is present.";
    String paragraph =
        "Breast cancer is a leading cause of death. Loss of TP53 is frequent in"
            + " breast cancer.";
    String heading = "DACH1 associates with p53";
    String lastParagraph = "Cisplatin treatment raised DACH1 levels in MCF-7 cells.";
    // Each block's empty abstract line leaves the space after its title.
    assertThat(document.text().value())
        .isEqualTo(
            String.join(
                " ",
                title,
                abstractText,
                "INTRODUCTION ",
                paragraph + " ",
                heading + " ",
                lastParagraph + " "));
    assertThat(document.passages())
        .extracting(Passage::type, document::passageText)
        .containsExactly(
            tuple("title", title),
            tuple("abstract", abstractText),
            tuple("", "INTRODUCTION"),
            tuple("", paragraph),
            tuple("", heading),
            tuple("", lastParagraph));
    assertThat(document.entities())
        .hasSize(17)
        .extracting(Entity::id)
        .endsWith("T14", "T15", "T16");
    assertMentionsCoverTheirText(document);
    Passage headingPassage = document.passages().get(4);
    assertThat(document.entitiesWithin(headingPassage.span()))
        .extracting(Entity::text)
        .containsExactly("DACH1", "p53");
    assertThat(document.relations())
        .extracting(Relation::id, Relation::type)
        .containsExactly(tuple("R0", "Association"), tuple("R1", "Positive_Correlation"));
  }

  @Test
  void blocksWhoseOffsetsCountOverTheWholeDocumentGiveTheSameDocument() throws Exception {
    Corpus global = read(shape("full-text-blocks-with-document-offsets.PubTator"));
    Corpus relative = read(shape("full-text-one-passage-per-block.PubTator"));

    assertThat(global.problems()).isEmpty();
    assertThat(global.documents()).isEqualTo(relative.documents());
  }

  @Test
  void blocksCountingFromTheirSourcePassagesOffsetGiveTheSameDocumentWithOneWarning()
      throws Exception {
    Corpus source = read(shape("full-text-blocks-with-source-passage-offsets.PubTator"));
    Corpus relative = read(shape("full-text-one-passage-per-block.PubTator"));

    assertThat(source.documents()).isEqualTo(relative.documents());
    assertThat(source.problems())
        .extracting(Problem::severity, Problem::line, Problem::message)
        .containsExactly(
            tuple(
                Severity.WARNING,
                16,
                "3 blocks (lines 16, 22, 27) count mention"
                    + " offsets from neither the block's start nor the document's, as tools keeping a full"
                    + " text's passage offsets write them; each read from the base all its mentions agree"
                    + " on"));
  }

  @Test
  void blockWhoseMentionsFitNeitherReadingIsNamedAndEachMentionReportedOnItsLine()
      throws Exception {
    Corpus corpus =
        read(
            """
        5|t|Aspirin helps.
        5\t0\t7\tAspirin\tChemical\tD001241

        5|t|Fever falls within hours.
        5\t12\t17\tfever\tDisease\tD005334
        5\t0\t5\tFever\tDisease\tD005334
        """);

    Document document = corpus.documents().get(0);
    assertThat(document.text().value()).isEqualTo("Aspirin helps. Fever falls within hours.");
    assertThat(corpus.problems())
        .extracting(
            Problem::severity,
            Problem::line,
            Problem::documentId,
            Problem::annotationId,
            Problem::message)
        .containsExactly(
            tuple(
                Severity.WARNING,
                4,
                "5",
                null,
                "of this block's 2 mentions, 1 fit offsets"
                    + " counted from the block's start (15), 0 offsets counted over the whole"
                    + " document and 1 offsets counted from the base most of them agree on; read as"
                    + " counted from the block's start, each mention that does not fit reported on"
                    + " its line"),
            tuple(
                Severity.ERROR,
                5,
                "5",
                "T1",
                "mention text not at offsets 12-17 (27-32 in the"
                    + " document) nor within 20 characters; mention dropped"));
    assertThat(document.entities())
        .extracting(Entity::id, Entity::spans)
        .containsExactly(
            tuple("T0", List.of(new Span(0, 7))), tuple("T2", List.of(new Span(15, 20))));
  }

  @Test
  void documentGivenTwiceWordForWordIsReadAsADocumentOfItsOwn() throws Exception {
    String aspirin =
        """
        1|t|Aspirin helps.
        1|a|Aspirin reduces fever.
        1\t0\t7\tAspirin\tChemical\tD001241
        1\t31\t36\tfever\tDisease\tD005334

        """;

    Corpus corpus = read(aspirin + aspirin);

    assertThat(corpus.problems())
        .extracting(Problem::describe)
        .containsExactly(
            folder.resolve("input.PubTator")
                + ":6: document 1: block repeats the title and abstract"
                + " of the document on line 1; read as a document of its own, 1#2");
    assertThat(corpus.documents()).extracting(Document::id).containsExactly("1", "1#2");
    assertThat(corpus.documents().get(1))
        .satisfies(
            second -> {
              assertThat(second.text()).isEqualTo(corpus.documents().get(0).text());
              assertThat(second.entities()).isEqualTo(corpus.documents().get(0).entities());
            });
  }

  @Test
  void idUsedAgainAfterOtherDocumentsGivesADocumentOfItsOwn() throws Exception {
    Corpus corpus =
        read(
            """
        1|t|Aspirin helps.
        1\t0\t7\tAspirin\tChemical\tD001241

        2|t|Fever falls.

        1|t|Other title.
        1\t0\t5\tOther\tChemical\t-
        """);

    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.severity()).isEqualTo(Severity.WARNING);
              assertThat(problem.line()).isEqualTo(6);
              assertThat(problem.message())
                  .isEqualTo(
                      "document id already used, with other documents"
                          + " between, by the document on line 1; read as a document of its own, 1#2");
            });
    assertThat(corpus.documents())
        .extracting(Document::id, d -> d.entities().size())
        .containsExactly(tuple("1", 1), tuple("2", 0), tuple("1#2", 1));
  }
}
