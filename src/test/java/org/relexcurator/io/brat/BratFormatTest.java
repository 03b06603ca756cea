package org.relexcurator.io.brat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
import org.relexcurator.model.Relation;
import org.relexcurator.model.Span;
import org.relexcurator.model.TextLayout;

class BratFormatTest {

  private static final String TEXT = "IL-10 binds IL-10R1 in T cells.\n";

  private final BratFormat format = new BratFormat();

  @TempDir Path dir;

  private Path pair(String name, String text, String ann) throws IOException {
    Files.writeString(dir.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
    return Files.writeString(dir.resolve(name + ".ann"), ann, StandardCharsets.UTF_8);
  }

  private Document only(Corpus corpus) {
    assertThat(corpus.documents()).hasSize(1);
    return corpus.documents().get(0);
  }

  @Test
  void documentIsTheWholeTextAsOnePassage() throws Exception {
    Document document = only(format.read(pair("doc", TEXT, "")));

    assertThat(document.id()).isEqualTo("doc");
    assertThat(document.text().value()).isEqualTo(TEXT);
    assertThat(document.passages()).containsExactly(new Passage("text", new Span(0, 32)));
  }

  @Test
  void textBoundAnnotationsBecomeEntitiesWithTheirSpans() throws Exception {
    Document document =
        only(
            format.read(pair("doc", TEXT, "T1\tProtein 0 5\tIL-10\nT2\tProtein 12 19\tIL-10R1\n")));

    assertThat(document.entities())
        .extracting(Entity::id, Entity::type, Entity::spans, Entity::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("T1", "Protein", List.of(new Span(0, 5)), "IL-10"),
            org.assertj.core.groups.Tuple.tuple(
                "T2", "Protein", List.of(new Span(12, 19)), "IL-10R1"));
  }

  @Test
  void discontinuousSpansAndNonStandardIdsAreKept() throws Exception {
    Document document =
        only(
            format.read(
                pair(
                    "doc",
                    "breast and ovarian cancer",
                    "T2_cancer\tDisease 0 6;19 25\tbreast cancer\n")));

    Entity entity = document.entities().get(0);
    assertThat(entity.id()).isEqualTo("T2_cancer");
    assertThat(entity.spans()).containsExactly(new Span(0, 6), new Span(19, 25));
    assertThat(entity.isDiscontinuous()).isTrue();
  }

  @Test
  void offsetsCountCodePointsSoCurlyQuotesAndNonBmpCharactersShiftNothing() throws Exception {
    String text = "\u201c\uD835\uDEFC-synuclein\u201d binds \uD835\uDEFD.";
    Document document =
        only(
            format.read(
                pair(
                    "doc",
                    text,
                    "T1\tProtein 1 12\t\uD835\uDEFC-synuclein\nT2\tProtein 20 21\t\uD835\uDEFD\n")));

    assertThat(document.entities())
        .extracting(e -> document.text().slice(e.extent()))
        .containsExactly("\uD835\uDEFC-synuclein", "\uD835\uDEFD");
  }

  @Test
  void relationLinesBecomeBinaryRelationsBetweenMentions() throws Exception {
    Document document =
        only(
            format.read(
                pair(
                    "doc",
                    TEXT,
                    "T1\tProtein 0 5\tIL-10\nT2\tProtein 12 19\tIL-10R1\nR1\tBinds Arg1:T1 Arg2:T2\t\n")));

    assertThat(document.relations())
        .containsExactly(
            new Relation(
                "R1",
                "Binds",
                List.of(Argument.mention("Arg1", "T1"), Argument.mention("Arg2", "T2")),
                null));
  }

  @Test
  void eventsHaveTheirTriggerFirstAndRolesAsWritten() throws Exception {
    Document document =
        only(
            format.read(
                pair(
                    "doc",
                    TEXT,
                    String.join(
                        "\n",
                        "T1\tProtein 0 5\tIL-10",
                        "T2\tProtein 12 19\tIL-10R1",
                        "T3\tBinding 6 11\tbinds",
                        "E1\tBinding:T3 Theme:T1 Theme2:T2 ",
                        ""))));

    Relation event = document.relations().get(0);
    assertThat(event.id()).isEqualTo("E1");
    assertThat(event.type()).isEqualTo("Binding");
    assertThat(event.arguments())
        .containsExactly(
            Argument.mention("Trigger", "T3"),
            Argument.mention("Theme", "T1"),
            Argument.mention("Theme2", "T2"));
  }

  @Test
  void eventsMayReferToEventsDefinedFurtherDown() throws Exception {
    Corpus corpus =
        format.read(
            pair(
                "doc",
                TEXT,
                String.join(
                    "\n",
                    "T1\tProtein 0 5\tIL-10",
                    "T2\tRegulation 6 11\tbinds",
                    "T3\tBinding 6 11\tbinds",
                    "E1\tRegulation:T2 Theme:E2",
                    "E2\tBinding:T3 Theme:T1",
                    "")));

    assertThat(corpus.problems()).isEmpty();
    assertThat(only(corpus).relations()).extracting(Relation::id).containsExactly("E1", "E2");
  }

  @Test
  void equivalencesGetNumberedIdsInFileOrderAndAllTheirMembers() throws Exception {
    Document document =
        only(
            format.read(
                pair(
                    "doc",
                    TEXT,
                    String.join(
                        "\n",
                        "T1\tProtein 0 5\tIL-10",
                        "T2\tProtein 12 19\tIL-10R1",
                        "T3\tProtein 0 2\tIL",
                        "*\tEquiv T1 T2 T3",
                        "*\tEquiv T2 T3",
                        ""))));

    assertThat(document.relations())
        .extracting(Relation::id, Relation::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("*1", "Equiv"),
            org.assertj.core.groups.Tuple.tuple("*2", "Equiv"));
    assertThat(document.relations().get(0).arguments())
        .containsExactly(
            Argument.mention("Arg1", "T1"),
            Argument.mention("Arg2", "T2"),
            Argument.mention("Arg3", "T3"));
  }

  @Test
  void attributesAndModifiersBecomeInfonsOfTheirTarget() throws Exception {
    Document document =
        only(
            format.read(
                pair(
                    "doc",
                    TEXT,
                    String.join(
                        "\n",
                        "T1\tProtein 0 5\tIL-10",
                        "T3\tBinding 6 11\tbinds",
                        "E1\tBinding:T3 Theme:T1",
                        "A1\tCategory T1 SpecificDisease",
                        "A2\tNegation E1",
                        "M1\tSpeculation E1",
                        ""))));

    assertThat(document.entities().get(0).infons().values())
        .containsExactly(Map.entry("brat:Category", "SpecificDisease"));
    assertThat(document.relations().get(0).infons().values())
        .containsExactly(Map.entry("brat:Negation", true), Map.entry("brat:Speculation", true));
    assertThat(document.infons().values())
        .containsExactly(Map.entry("brat-modifiers", List.of("Speculation")));
  }

  @Test
  void notesBecomeNoteInfonsAndSeveralNotesAList() throws Exception {
    Document document =
        only(
            format.read(
                pair(
                    "doc",
                    TEXT,
                    String.join(
                        "\n",
                        "T1\tProtein 0 5\tIL-10",
                        "#1\tAnnotatorNotes T1\tCheck: Protein or Complex?",
                        "#2\tAnnotatorNotes T1\tsecond",
                        ""))));

    assertThat(document.entities().get(0).infons().values().get("note"))
        .isEqualTo(List.of("Check: Protein or Complex?", "second"));
  }

  @Test
  void normalisationsBecomeConceptIdsAndKeepWhatIsNeededToWriteThemBack() throws Exception {
    Path ann =
        pair(
            "doc",
            "Barack Obama spoke.",
            "T1\tPerson 0 12\tBarack Obama\nN1\tReference T1 Wikipedia:534366\tBarack Obama\n");

    Document document = only(format.read(ann));
    Entity entity = document.entities().get(0);
    assertThat(entity.conceptIds()).containsExactly("Wikipedia:534366");
    assertThat(entity.infons().values().get("brat-norm:Wikipedia:534366"))
        .isEqualTo(List.of("Reference", "Barack Obama"));

    Path out = dir.resolve("out");
    format.write(List.of(document), out);
    assertThat(Files.readString(out.resolve("doc.ann"))).isEqualTo(Files.readString(ann));
  }

  @Test
  void readerReportsOffsetMismatchAndKeepsGoing() throws Exception {
    Path ann =
        pair(
            "doc",
            TEXT,
            String.join(
                "\n",
                "T1\tProtein 0 5\tIL-99",
                "T2\tProtein 12 19\tIL-10R1",
                "T3\tProtein 500 505\tIL-10",
                "R1\tBinds Arg1:T1 Arg2:T2",
                ""));

    Corpus corpus = format.read(ann);

    assertThat(only(corpus).entities()).extracting(Entity::id).containsExactly("T2");
    assertThat(only(corpus).relations()).isEmpty();
    Problem mismatch = corpus.problems().get(0);
    assertThat(mismatch.severity()).isEqualTo(Problem.Severity.ERROR);
    assertThat(mismatch.file()).isEqualTo(ann.toString());
    assertThat(mismatch.documentId()).isEqualTo("doc");
    assertThat(mismatch.line()).isEqualTo(1);
    assertThat(mismatch.annotationId()).isEqualTo("T1");
    assertThat(mismatch.expected()).isEqualTo("IL-99");
    assertThat(mismatch.found()).isEqualTo("IL-10");
    assertThat(corpus.problems().get(1).describe())
        .contains(":3:", "T3", "beyond the end of the text");
    assertThat(corpus.problems().get(2).describe()).contains(":4:", "R1", "refers to T1");
  }

  @Test
  void offsetsAFewCharactersOffAreMovedWithAWarning() throws Exception {
    Corpus corpus = format.read(pair("doc", TEXT, "T1\tProtein 14 21\tIL-10R1\n"));

    assertThat(only(corpus).entities().get(0).spans()).containsExactly(new Span(12, 19));
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
              assertThat(p.annotationId()).isEqualTo("T1");
              assertThat(p.expected()).isEqualTo("IL-10R1");
              assertThat(p.kind()).isEqualTo(Problem.Kind.OFFSETS_REPAIRED);
            });
  }

  @Test
  void windowsLineEndsInTheAnnotationFileAreReadWithOneWarning() throws Exception {
    Corpus corpus =
        format.read(pair("doc", TEXT, "T1\tProtein 0 5\tIL-10\r\nT2\tProtein 12 19\tIL-10R1\r\n"));

    assertThat(only(corpus).entities())
        .extracting(Entity::text)
        .containsExactly("IL-10", "IL-10R1");
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("CR LF"));
  }

  @Test
  void windowsLineEndsInTheTextAreCharactersTheOffsetsCount() throws Exception {
    Document document =
        only(format.read(pair("doc", "Title\r\nIL-10 binds.\r\n", "T1\tProtein 7 12\tIL-10\n")));

    assertThat(document.text().value()).isEqualTo("Title\r\nIL-10 binds.\r\n");
    assertThat(document.entities()).hasSize(1);
  }

  @Test
  void filesWithoutFinalNewlineLoseNothing() throws Exception {
    Corpus corpus = format.read(pair("doc", "IL-10", "T1\tProtein 0 5\tIL-10"));

    assertThat(corpus.problems()).isEmpty();
    assertThat(only(corpus).entities()).hasSize(1);
    assertThat(only(corpus).text().value()).isEqualTo("IL-10");
  }

  @Test
  void blankLinesUnknownKindsAndMalformedLinesAreReportedAndSkipped() throws Exception {
    Corpus corpus =
        format.read(
            pair(
                "doc",
                TEXT,
                String.join(
                    "\n",
                    "T1\tProtein 0 5\tIL-10",
                    "",
                    "X1\tSomething T1",
                    "T2 Protein 12 19 IL-10R1",
                    "T3\tProtein twelve 19\tIL-10R1",
                    "R1\tBinds Arg1:T1",
                    "A1\tNegation",
                    "N1\tReference T1",
                    "#1\tAnnotatorNotes",
                    "T4\tProtein 12 19\tIL-10R1",
                    "")));

    assertThat(only(corpus).entities()).extracting(Entity::id).containsExactly("T1", "T4");
    assertThat(corpus.problems()).extracting(Problem::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(corpus.problems().get(0).severity()).isEqualTo(Problem.Severity.WARNING);
    assertThat(corpus.problems().subList(1, 8))
        .allSatisfy(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR));
  }

  @Test
  void referencesToMissingIdsAreReportedAndWhatDependsOnThemDropped() throws Exception {
    Corpus corpus =
        format.read(
            pair(
                "doc",
                TEXT,
                String.join(
                    "\n",
                    "T1\tProtein 0 5\tIL-10",
                    "T3\tBinding 6 11\tbinds",
                    "E1\tBinding:T3 Theme:T9",
                    "E2\tRegulation:T3 Theme:E1",
                    "A1\tNegation E2",
                    "#1\tAnnotatorNotes T7\tlost",
                    "*\tEquiv T1 T8",
                    "")));

    assertThat(only(corpus).relations()).isEmpty();
    assertThat(corpus.problems())
        .extracting(Problem::annotationId)
        .containsExactlyInAnyOrder("E1", "E2", "*1", "A1", "#1");
    assertThat(corpus.problems())
        .allSatisfy(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
              assertThat(p.message()).contains("refers to");
            });
  }

  @Test
  void aDuplicateIdIsReportedAndTheSecondAnnotationDropped() throws Exception {
    Corpus corpus =
        format.read(pair("doc", TEXT, "T1\tProtein 0 5\tIL-10\nT1\tProtein 12 19\tIL-10R1\n"));

    assertThat(only(corpus).entities()).extracting(Entity::text).containsExactly("IL-10");
    assertThat(corpus.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
  }

  @Test
  void theTextFileNamesTheSameDocumentAsItsAnnotationFile() throws Exception {
    pair("doc", TEXT, "T1\tProtein 0 5\tIL-10\n");

    Document viaText = only(format.read(dir.resolve("doc.txt")));
    assertThat(viaText).isEqualTo(only(format.read(dir.resolve("doc.ann"))));
  }

  @Test
  void anAnnotationFileWithoutItsTextCannotBeRead() throws Exception {
    Path ann = Files.writeString(dir.resolve("lonely.ann"), "T1\tProtein 0 5\tIL-10\n");

    assertThatThrownBy(() -> format.read(ann))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining(ann.toString())
        .hasMessageContaining("lonely.txt");
  }

  @Test
  void aTextWithoutAnnotationFileIsADocumentWithoutAnnotationsAndAWarning() throws Exception {
    Path txt = Files.writeString(dir.resolve("plain.txt"), TEXT);

    Corpus corpus = format.read(txt);
    assertThat(only(corpus).entities()).isEmpty();
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING));
  }

  @Test
  void aFileThatIsNotUtf8CannotBeRead() throws Exception {
    Files.write(dir.resolve("latin.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
    Path ann = Files.writeString(dir.resolve("latin.ann"), "");

    assertThatThrownBy(() -> format.read(ann))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("latin.txt")
        .hasMessageContaining("UTF-8");
  }

  @Test
  void aFolderGivesEveryPairBelowItSortedWithRelativeIds() throws Exception {
    Files.createDirectories(dir.resolve("b"));
    Files.createDirectories(dir.resolve("a"));
    pair("z", "z", "");
    pair("b/two", "two", "");
    pair("a/one", "one", "");
    Files.write(dir.resolve("a/broken.txt"), new byte[] {(byte) 0xFF});
    Files.writeString(dir.resolve("a/broken.ann"), "");
    Files.writeString(dir.resolve("a/notext.ann"), "");
    Files.writeString(dir.resolve("annotation.conf"), "[entities]\n");

    Corpus corpus = format.read(dir);

    assertThat(corpus.documents()).extracting(Document::id).containsExactly("a/one", "b/two", "z");
    assertThat(corpus.problems())
        .extracting(Problem::documentId)
        .containsExactly("a/broken", "a/notext");
    assertThat(corpus.problems())
        .allSatisfy(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR));
  }

  @Test
  void recognisesBratFilesFoldersAndTextsWithAnnotationsBesideThem() throws Exception {
    Path ann = pair("doc", TEXT, "T1\tProtein 0 5\tIL-10\n");
    Path other = Files.writeString(dir.resolve("other.ann"), "not\nbrat at all\n");
    Path plain = Files.writeString(dir.resolve("plain.txt"), TEXT);
    Path empty = Files.createDirectories(dir.resolve("empty"));

    assertThat(format.recognize(ann, Files.readString(ann))).isGreaterThanOrEqualTo(90);
    assertThat(format.recognize(dir, "")).isGreaterThanOrEqualTo(90);
    assertThat(format.recognize(dir.resolve("doc.txt"), TEXT)).isGreaterThanOrEqualTo(90);
    assertThat(format.recognize(other, Files.readString(other))).isZero();
    assertThat(format.recognize(plain, TEXT)).isZero();
    assertThat(format.recognize(empty, "")).isZero();
  }

  @Test
  void writerGivesBratIdsToEntitiesAndRelationsFromOtherFormats() throws Exception {
    TextLayout layout = new TextLayout();
    Span span = layout.place(0, "aspirin causes ulcers");
    Document document =
        new Document(
            "12345",
            layout.build(),
            List.of(new Passage("title", span)),
            List.of(
                new Entity(
                    "0", "Chemical", List.of(new Span(0, 7)), "aspirin", List.of("D001241"), null),
                new Entity("T1", "Disease", List.of(new Span(15, 21)), "ulcers", List.of(), null)),
            List.of(
                new Relation(
                    "R0",
                    "CID",
                    List.of(Argument.mention("Chemical", "0"), Argument.mention("Disease", "T1")),
                    Infons.of("novel", "yes")),
                new Relation(
                    "BR1",
                    "Association",
                    List.of(
                        Argument.concept("entity1", "D001241"),
                        Argument.concept("entity2", "D014456")),
                    null)),
            null);

    format.write(List.of(document), dir);

    assertThat(Files.readString(dir.resolve("12345.ann")))
        .isEqualTo(
            String.join(
                "\n",
                "T2\tChemical 0 7\taspirin",
                "T1\tDisease 15 21\tulcers",
                "R0\tCID Chemical:T2 Disease:T1",
                "N1\tReference T2 D001241\t",
                ""));
    assertThat(format.read(dir.resolve("12345.ann")).problems()).isEmpty();
  }

  @Test
  void writerKeepsFileNamesSafeAndInsideTheTargetFolder() throws Exception {
    TextLayout layout = new TextLayout();
    Span span = layout.place(0, "x");
    Passage passage = new Passage("text", span);
    List<Document> documents =
        List.of(
            new Document("../escape", layout.build(), List.of(passage), List.of(), List.of(), null),
            new Document("PMC1|a b", layout.build(), List.of(passage), List.of(), List.of(), null),
            new Document("pmc1|a b", layout.build(), List.of(passage), List.of(), List.of(), null));
    Path target = dir.resolve("out");

    format.write(documents, target);

    try (var files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).map(f -> target.relativize(f).toString()))
          .containsExactlyInAnyOrder(
              "_../escape.txt",
              "_../escape.ann",
              "PMC1_a_b.txt",
              "PMC1_a_b.ann",
              "pmc1_a_b-2.txt",
              "pmc1_a_b-2.ann");
    }
  }

  @Test
  void writerRefusesAFileAsTarget() throws Exception {
    Path file = Files.writeString(dir.resolve("file.ann"), "");

    assertThatThrownBy(() -> format.write(List.of(), file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString());
  }
}
