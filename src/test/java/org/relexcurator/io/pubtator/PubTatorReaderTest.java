package org.relexcurator.io.pubtator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.io.UnreadableInputException;
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

class PubTatorReaderTest {

  /** Title 0-14, abstract 15-47: "Aspirin" 0-7 and 15-22, "fever" 31-36. */
  private static final String ASPIRIN =
      """
      1|t|Aspirin helps.
      1|a|Aspirin reduces fever in adults.
      1\t0\t7\tAspirin\tChemical\tD001241
      1\t15\t22\tAspirin\tChemical\tD001241
      1\t31\t36\tfever\tDisease\tD005334
      1\tCID\tD001241\tD005334

      """;

  @TempDir Path folder;

  private Path file;

  private Corpus read(String content) throws Exception {
    return readBytes(content.getBytes(StandardCharsets.UTF_8));
  }

  private Corpus readBytes(byte[] content) throws Exception {
    file = folder.resolve("input.PubTator");
    Files.write(file, content);
    return new PubTatorReader().read(file);
  }

  private static List<String> described(Corpus corpus) {
    return corpus.problems().stream().map(Problem::describe).toList();
  }

  @Test
  void documentTextIsTitleSpaceAbstractWithTwoPassages() throws Exception {
    Corpus corpus = read(ASPIRIN);

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.format()).isEqualTo("pubtator");
    Document document = corpus.documents().get(0);
    assertThat(document.id()).isEqualTo("1");
    assertThat(document.text().value())
        .isEqualTo("Aspirin helps. Aspirin reduces fever in adults.");
    assertThat(document.passages())
        .containsExactly(
            new Passage("title", new Span(0, 14)), new Passage("abstract", new Span(15, 47)));
    assertThat(document.entities())
        .extracting(Entity::id, Entity::spans, Entity::text, Entity::type, Entity::conceptIds)
        .containsExactly(
            tuple("T0", List.of(new Span(0, 7)), "Aspirin", "Chemical", List.of("D001241")),
            tuple("T1", List.of(new Span(15, 22)), "Aspirin", "Chemical", List.of("D001241")),
            tuple("T2", List.of(new Span(31, 36)), "fever", "Disease", List.of("D005334")));
  }

  @Test
  void offsetsCountCodePointsWhenTheTitleHasCharactersOutsideTheBmp() throws Exception {
    // U+1D6FC is one code point but two UTF-16 units: with UTF-16 offsets every later mention
    // would be off by one.
    Corpus corpus =
        read(
            """
        7|t|\uD835\uDEFC-synuclein in PD
        7|a|PD is common.
        7\t0\t11\t\uD835\uDEFC-synuclein\tGene\t6622
        7\t15\t17\tPD\tDisease\tD010300
        7\t18\t20\tPD\tDisease\tD010300
        """);

    assertThat(corpus.problems()).isEmpty();
    Document document = corpus.documents().get(0);
    assertThat(document.passages())
        .extracting(Passage::span)
        .containsExactly(new Span(0, 17), new Span(18, 31));
    assertThat(document.entities()).extracting(Entity::start).containsExactly(0, 15, 18);
    for (Entity entity : document.entities()) {
      assertThat(document.text().slice(entity.extent())).isEqualTo(entity.text());
    }
  }

  @Test
  void compositeMentionKeepsBothIdsAndItsSeventhColumn() throws Exception {
    Corpus corpus =
        read(
            """
        2|t|Cardiovascular and respiratory depression.
        2\t0\t41\tCardiovascular and respiratory depression\tDisease\tD014786|D006311\t\
        cardiovascular depression|respiratory depression
        """);

    assertThat(corpus.problems()).isEmpty();
    Entity entity = corpus.documents().get(0).entities().get(0);
    assertThat(entity.conceptIds()).containsExactly("D014786", "D006311");
    assertThat(entity.infons())
        .isEqualTo(
            Infons.of(
                PubTatorFormat.COMPOSITE_MENTIONS,
                "cardiovascular depression|respiratory depression"));
  }

  @Test
  void conceptIdsKeepVariantIdsWholeSplitGeneListsAndKeepUnknownMarkers() throws Exception {
    Corpus corpus =
        read(
            """
        3|t|P29S and del in PAF1c with nothing else.
        3\t0\t4\tP29S\tSequenceVariant\tp|SUB|P|29|S
        3\t9\t12\tdel\tSequenceVariant\tc|DEL|1314_1328|
        3\t16\t21\tPAF1c\tGeneOrGeneProduct\t11796,11797
        3\t27\t34\tnothing\tDisease\t-1
        3\t35\t39\telse\tChemicalEntity\t-
        """);

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.documents().get(0).entities())
        .extracting(Entity::conceptIds)
        .containsExactly(
            List.of("p|SUB|P|29|S"),
            List.of("c|DEL|1314_1328|"),
            List.of("11796", "11797"),
            List.of("-1"),
            List.of("-"));
  }

  @Test
  void relationsHaveConceptArgumentsNovelInfonAndIdsInFileOrder() throws Exception {
    Corpus corpus =
        read(
            """
        4|t|PAF1 binds PAF1 and aspirin.
        4\t0\t4\tPAF1\tGeneOrGeneProduct\t22083
        4\t11\t15\tPAF1\tGeneOrGeneProduct\t22083
        4\t20\t27\taspirin\tChemicalEntity\tD001241
        4\tBind\t22083\t22083\tNo
        4\tAssociation\tD001241\t22083\tNovel
        4\tCID\tD001241\t22083
        """);

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.documents().get(0).relations())
        .containsExactly(
            new Relation(
                "R0",
                "Bind",
                List.of(Argument.concept("entity1", "22083"), Argument.concept("entity2", "22083")),
                Infons.of("novel", "No")),
            new Relation(
                "R1",
                "Association",
                List.of(
                    Argument.concept("entity1", "D001241"), Argument.concept("entity2", "22083")),
                Infons.of("novel", "Novel")),
            new Relation(
                "R2",
                "CID",
                List.of(
                    Argument.concept("entity1", "D001241"), Argument.concept("entity2", "22083")),
                Infons.empty()));
  }

  @Test
  void relationMayNameACompositeConceptWhole() throws Exception {
    // As BioRED Train does on line 17868 (document 19721134).
    Corpus corpus =
        read(
            """
        6|t|Verapamil and ventricular tachycardia and fibrillation.
        6\t0\t9\tVerapamil\tChemicalEntity\tD014700
        6\t14\t54\tventricular tachycardia and fibrillation\tDisease\tD017180|D014693
        6\tNegative_Correlation\tD014700\tD017180|D014693\tNovel
        """);

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.documents().get(0).relations().get(0).second())
        .isEqualTo(Argument.concept("entity2", "D017180|D014693"));
  }

  @Test
  void misplacedMentionIsMovedWithAWarning() throws Exception {
    Corpus corpus = read(ASPIRIN.replace("1\t31\t36\tfever", "1\t29\t34\tfever"));

    assertThat(described(corpus))
        .containsExactly(
            file
                + ":5: document 1, annotation T2: offsets"
                + " 29-34 moved by +2 to 31-36, where the mention's text is (expected \"fever\", found"
                + " \"s fev\")");
    assertThat(corpus.problems().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(corpus.problems().get(0).kind()).isEqualTo(Problem.Kind.OFFSETS_REPAIRED);
    assertThat(corpus.documents().get(0).entities().get(2).spans())
        .containsExactly(new Span(31, 36));
  }

  @Test
  void mentionWhoseTextIsNowhereNearIsDroppedWithAnErrorAndReadingGoesOn() throws Exception {
    Corpus corpus = read(ASPIRIN.replace("1\t15\t22\tAspirin", "1\t15\t22\tcough"));

    assertThat(described(corpus))
        .containsExactly(
            file
                + ":4: document 1, annotation T1: mention"
                + " text not at offsets 15-22 nor within 20 characters; mention dropped (expected"
                + " \"cough\", found \"Aspirin\")");
    assertThat(corpus.problems().get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(corpus.documents().get(0).entities())
        .extracting(Entity::id)
        .containsExactly("T0", "T2");
    assertThat(corpus.documents().get(0).relations()).hasSize(1);
    assertThat(corpus.problems().get(0).kind()).isEqualTo(Problem.Kind.OTHER);
  }

  @Test
  void mentionOutsideTheTextIsDroppedWithAnError() throws Exception {
    Corpus corpus = read(ASPIRIN.replace("1\t31\t36\tfever", "1\t100\t105\tfever"));

    assertThat(described(corpus))
        .containsExactly(
            file
                + ":5: document 1, annotation T2: offsets 100-105 lie outside the document text"
                + " (47 characters); mention dropped (expected \"fever\", found nothing)",
            file
                + ":6: document 1, annotation R0: relation refers to a concept no mention of the"
                + " document has; kept (expected \"a concept id of a mention\", found \"D005334\")");
  }

  @Test
  void malformedLinesAreReportedAndTheRestIsRead() throws Exception {
    Corpus corpus =
        read(
            """
        1|t|Aspirin helps.
        1|a|Aspirin reduces fever in adults.
        1\t0\t7\tAspirin\tChemical\tD001241\tcomposite\textra
        1\tzero\t7\tAspirin\tChemical\tD001241
        1\t7\t0\tAspirin\tChemical\tD001241
        1\tCID\tD001241
        1\t15\t22\tAspirin
        1\tCID\t\tD001241
        1\t31\t36\tfever\tDisease\tD005334
        """);

    assertThat(corpus.problems())
        .allMatch(p -> p.severity() == Severity.ERROR)
        .extracting(Problem::line, Problem::documentId, Problem::message)
        .containsExactly(
            tuple(3, "1", "mention line has 8 columns; skipped"),
            tuple(4, "1", "mention offsets are not numbers; skipped"),
            tuple(5, "1", "mention starts after it ends; skipped"),
            tuple(6, "1", "line has 3 columns; skipped"),
            tuple(7, "1", "mention line has 4 columns, no type; skipped"),
            tuple(8, "1", "relation line has an empty column; skipped"));
    assertThat(corpus.problems().get(1).found()).isEqualTo("zero 7");
    assertThat(corpus.documents().get(0).entities())
        .extracting(Entity::text)
        .containsExactly("fever");
  }

  @Test
  void lineOfAnotherDocumentInsideABlockIsSkipped() throws Exception {
    Corpus corpus =
        read(
            ASPIRIN
                .replace("1\t15\t22\t", "2\t15\t22\t")
                .replace("1\tCID", "1|a|A second abstract.\n1\tCID"));

    assertThat(corpus.problems())
        .extracting(
            Problem::severity,
            Problem::line,
            Problem::documentId,
            Problem::message,
            Problem::expected,
            Problem::found)
        .containsExactly(
            tuple(
                Severity.ERROR,
                4,
                "1",
                "line of another document inside this document's block; skipped",
                "1",
                "2"),
            tuple(
                Severity.ERROR,
                6,
                "1",
                "second abstract line; skipped (line 2 is kept)",
                null,
                null));
    assertThat(corpus.documents().get(0).entities()).hasSize(2);
  }

  @Test
  void annotationLineBeforeAnyTitleIsSkipped() throws Exception {
    Corpus corpus = read("1\t0\t7\tAspirin\tChemical\tD001241\n" + ASPIRIN);

    assertThat(described(corpus))
        .containsExactly(
            file
                + ":1: document 1: line before any title"
                + " line; skipped (expected \"1|t|title\", found nothing)");
    assertThat(corpus.documents().get(0).entities()).hasSize(3);
  }

  @Test
  void documentWithOnlyATitleIsFine() throws Exception {
    Corpus corpus = read("5|t|Aspirin helps.\n5\t0\t7\tAspirin\tChemical\tD001241\n");

    assertThat(corpus.problems()).isEmpty();
    Document document = corpus.documents().get(0);
    assertThat(document.text().value()).isEqualTo("Aspirin helps.");
    assertThat(document.passages()).containsExactly(new Passage("title", new Span(0, 14)));
    assertThat(document.entities()).hasSize(1);
  }

  @Test
  void missingAbstractIsReportedOnlyWhenMentionsNeedIt() throws Exception {
    Corpus corpus =
        read(
            """
        5|t|Aspirin helps.
        5\t0\t7\tAspirin\tChemical\tD001241
        5\t31\t36\tfever\tDisease\tD005334
        """);

    assertThat(corpus.problems())
        .extracting(Problem::severity, Problem::line, Problem::message)
        .containsExactly(
            tuple(Severity.WARNING, 1, "no abstract line, yet mentions reach past the title"),
            tuple(
                Severity.ERROR,
                3,
                "offsets 31-36 lie outside the document text (14"
                    + " characters); mention dropped"));
    assertThat(corpus.documents().get(0).entities()).extracting(Entity::id).containsExactly("T0");
  }

  @Test
  void blockWithoutTitleIsSkipped() throws Exception {
    Corpus corpus = read("1|a|Aspirin reduces fever.\n1\t0\t7\tAspirin\tChemical\tD001241\n");

    assertThat(described(corpus))
        .containsExactly(
            file
                + ":1: document 1: no title line; the"
                + " block is skipped (expected \"1|t|title\", found nothing)");
    assertThat(corpus.documents()).isEmpty();
  }

  @Test
  void duplicateTitleKeepsTheFirst() throws Exception {
    Corpus corpus = read(ASPIRIN.replace("1|a|", "1|t|Another title.\n1|a|"));

    assertThat(described(corpus))
        .containsExactly(file + ":2: document 1: second title line; skipped (line 1 is kept)");
    assertThat(corpus.documents().get(0).passageText(corpus.documents().get(0).passages().get(0)))
        .isEqualTo("Aspirin helps.");
    assertThat(corpus.documents().get(0).entities()).hasSize(3);
  }

  @Test
  void unknownLineKindsAreSkipped() throws Exception {
    Corpus corpus =
        read(
            ASPIRIN.replace(
                "1\tCID", "1|x|a passage kind nobody defined\n" + "just some words\n1\tCID"));

    assertThat(corpus.problems())
        .extracting(Problem::severity, Problem::line, Problem::documentId, Problem::message)
        .containsExactly(
            tuple(Severity.ERROR, 6, "1", "unknown line kind 'x'; skipped"),
            tuple(Severity.ERROR, 7, "1", "not a PubTator line; skipped"));
    assertThat(corpus.documents().get(0).relations()).hasSize(1);
  }

  @Test
  void relationToAConceptNoMentionHasIsKeptWithAWarning() throws Exception {
    Corpus corpus = read(ASPIRIN.replace("1\tCID\tD001241\tD005334", "1\tCID\tD001241\tD999999"));

    assertThat(described(corpus))
        .containsExactly(
            file
                + ":6: document 1, annotation R0: relation"
                + " refers to a concept no mention of the document has; kept (expected \"a concept id of"
                + " a mention\", found \"D999999\")");
    assertThat(corpus.problems().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(corpus.documents().get(0).relations()).hasSize(1);
  }

  @Test
  void crlfByteOrderMarkTrailingSpacesAndNoFinalNewlineReadLikeTheCleanFile() throws Exception {
    List<Document> clean = read(ASPIRIN + ASPIRIN.replaceAll("(?m)^1", "2")).documents();
    String messy =
        "\uFEFF"
            + (ASPIRIN + ASPIRIN.replaceAll("(?m)^1", "2"))
                .replace("D001241\n", "D001241   \n")
                .replace("\n\n", "\n   \n")
                .replace("\n", "\r\n")
                .stripTrailing();

    Corpus corpus = read(messy);

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.documents()).hasSize(2).isEqualTo(clean);
  }

  @Test
  void trailingSpacesAfterTheNovelColumnAreNotPartOfIt() throws Exception {
    Corpus corpus = read(ASPIRIN.replace("D001241\tD005334", "D001241\tD005334\tNovel  "));

    assertThat(corpus.documents().get(0).relations().get(0).infons())
        .isEqualTo(Infons.of("novel", "Novel"));
  }

  @Test
  void emptyFileHasNoDocumentsAndNoProblems() throws Exception {
    Corpus corpus = read("");

    assertThat(corpus.documents()).isEmpty();
    assertThat(corpus.problems()).isEmpty();
  }

  @Test
  void fileThatIsNotPubTatorGivesProblemsNotExceptions() throws Exception {
    Corpus corpus =
        read(
            """
        <?xml version="1.0"?>
        <collection><document>Not | PubTator\tat all</document></collection>
        T1\tProtein 0 5\tBRCA1
        """);

    assertThat(corpus.documents()).isEmpty();
    assertThat(corpus.problems()).hasSize(3).allMatch(p -> p.severity() == Severity.ERROR);
  }

  @Test
  void documentsWithoutBlankLineBetweenThemAreBothRead() throws Exception {
    Corpus corpus = read(ASPIRIN.strip() + "\n" + ASPIRIN.replaceAll("(?m)^1", "2"));

    assertThat(described(corpus))
        .containsExactly(
            file
                + ":7: document 2: no blank line between"
                + " this document and the one before; read as two (expected \"a blank line\", found"
                + " nothing)");
    assertThat(corpus.documents()).extracting(Document::id).containsExactly("1", "2");
    assertThat(corpus.documents()).allMatch(d -> d.entities().size() == 3);
  }

  @Test
  void bytesThatAreNotUtf8EndTheReadingAtTheirLineKeepingTheDocumentsBefore() throws Exception {
    byte[] before = (ASPIRIN + "\n2|t|Cafe au lait\n").getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "2\t0\t4\tCaf\u00e9\tChemical\t-\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] content = Arrays.copyOf(before, before.length + latin1.length);
    System.arraycopy(latin1, 0, content, before.length, latin1.length);
    int badLine = ASPIRIN.split("\n", -1).length + 2;

    Corpus corpus = readBytes(content);

    assertThat(corpus.documents()).isEqualTo(read(ASPIRIN).documents());
    assertThat(described(corpus))
        .containsExactly(
            file
                + ":"
                + badLine
                + ": document 2: the file"
                + " is not UTF-8 text at line "
                + badLine
                + ", column 10 (byte 0xE9 at offset "
                + (before.length + 9)
                + "); reading stopped, keeping the 1 documents before it (the"
                + " block this line is in was cut short and dropped) (expected \"UTF-8 text (or UTF-16"
                + " with a byte-order mark)\", found nothing)");
  }

  @Test
  void utf16WithAByteOrderMarkReadsLikeUtf8() throws Exception {
    byte[] utf16 = ("\uFEFF" + ASPIRIN).getBytes(StandardCharsets.UTF_16LE);

    Corpus corpus = readBytes(utf16);

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.documents()).isEqualTo(read(ASPIRIN).documents());
  }

  @Test
  void missingFileIsUnreadable() {
    Path missing = folder.resolve("missing.PubTator");

    assertThatThrownBy(() -> new PubTatorReader().read(missing))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void folderIsUnreadable() throws IOException {
    Path subfolder = Files.createDirectory(folder.resolve("corpus.PubTator"));

    assertThatThrownBy(() -> new PubTatorReader().read(subfolder))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageStartingWith(subfolder + ": cannot be read");
  }
}
