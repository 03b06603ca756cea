package org.relexcurator.io.bioc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Problem;
import org.relexcurator.model.Relation;
import org.relexcurator.model.Sentence;
import org.relexcurator.model.Span;

class BiocXmlReaderTest {

  @TempDir Path folder;

  private final BiocXmlFormat format = new BiocXmlFormat();

  private Corpus read(String xml) throws Exception {
    Path file = folder.resolve("input.xml");
    Files.writeString(file, xml, StandardCharsets.UTF_8);
    return format.read(file);
  }

  /** A collection of one document whose passages are given as XML. */
  private static String collection(String passages) {
    return "<?xml version='1.0' encoding='UTF-8'?><!DOCTYPE collection SYSTEM 'BioC.dtd'>\n"
        + "<collection><source>test</source><date>2026</date><key>k</key>\n"
        + "<document><id>D1</id>\n"
        + passages
        + "\n</document></collection>\n";
  }

  private static List<Problem> errors(Corpus corpus) {
    return corpus.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
  }

  @Test
  void cdrDocumentTextComesFromPassageOffsetsAndIdsFromTheMeshInfon() throws Exception {
    Corpus corpus = format.read(GoldenBioc.path("cdr-dev-6415512.xml"));

    Document document = corpus.documents().get(0);
    assertThat(document.id()).isEqualTo("6415512");
    assertThat(document.text().value())
        .startsWith(
            "Myoclonic, atonic, and absence seizures following institution of carbamazepine therapy"
                + " in children. Five children");
    assertThat(document.passages()).extracting(p -> p.type()).containsExactly("title", "abstract");
    Entity composite = document.entity("0").orElseThrow();
    assertThat(composite.conceptIds()).containsExactly("D004831", "D004832");
    assertThat(composite.type()).isEqualTo("Disease");
    assertThat(composite.infons().values())
        .containsEntry("MESH", "D004831|D004832")
        .containsEntry("CompositeRole", "CompositeMention");
    Entity discontinuous = document.entity("7").orElseThrow();
    assertThat(discontinuous.spans()).containsExactly(new Span(237, 246), new Span(293, 301));
    assertThat(discontinuous.text()).isEqualTo("myoclonic seizures");
  }

  @Test
  void discontinuousMentionWithOneFragmentOffIsMovedWithAWarning() throws Exception {
    Corpus corpus = format.read(GoldenBioc.path("cdr-dev-6415512.xml"));

    Entity moved = corpus.documents().get(0).entity("8").orElseThrow();
    assertThat(moved.spans()).containsExactly(new Span(248, 264), new Span(293, 301));
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
              assertThat(p.documentId()).isEqualTo("6415512");
              assertThat(p.annotationId()).isEqualTo("8");
              assertThat(p.expected()).isEqualTo("atypical absence seizures");
              assertThat(p.found()).isEqualTo(" atypical absenc seizures");
            });
  }

  @Test
  void cdrRelationsNameTheirChemicalAndDiseaseByConcept() throws Exception {
    Document document = format.read(GoldenBioc.path("cdr-dev-6415512.xml")).documents().get(0);

    assertThat(document.relations())
        .first()
        .satisfies(
            r -> {
              assertThat(r.type()).isEqualTo("CID");
              assertThat(r.arguments())
                  .containsExactly(
                      Argument.concept("Chemical", "D002220"),
                      Argument.concept("Disease", "D004832"));
            });
  }

  @Test
  void bioredRelationsAreConceptLevelWithTheirNovelInfon() throws Exception {
    Document document = format.read(GoldenBioc.path("biored-dev-2docs.xml")).documents().get(0);

    Relation first = document.relations().get(0);
    assertThat(first.id()).isEqualTo("R0");
    assertThat(first.type()).isEqualTo("Positive_Correlation");
    assertThat(first.arguments())
        .containsExactly(
            Argument.concept("entity1", "c|DEL|1314_1328|"),
            Argument.concept("entity2", "D003409"));
    assertThat(first.infons().text("novel")).contains("Novel");
    assertThat(document.entity("0").orElseThrow().conceptIds()).containsExactly("D003409");
  }

  @Test
  void teamTatPassageRelationBecomesMentionArgumentsAndGapsStayAtTheirOffsets() throws Exception {
    Corpus corpus = format.read(GoldenBioc.path("teamtat-3757249-passages-1-6.xml"));

    Document document = corpus.documents().get(0);
    assertThat(corpus.problems()).isEmpty();
    assertThat(document.relations())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.type()).isEqualTo("GeneGene_Interaction");
              assertThat(r.arguments())
                  .containsExactly(Argument.mention("", "1"), Argument.mention("", "4"));
            });
    assertThat(document.passages().get(0).type()).isEqualTo("front");
    assertThat(document.passages().get(0).infons().text("section_type")).contains("TITLE");
    assertThat(document.passages().get(4).offset()).isEqualTo(2254);
    assertThat(document.text().slice(2249, 2254)).isBlank();
    assertThat(document.passageText(document.passages().get(4))).startsWith("Initially cloned");
  }

  @Test
  void passageTypeFallsBackToSectionType() throws Exception {
    Corpus corpus =
        read(
            collection(
                """
        <passage><infon key="section_type">INTRO</infon><offset>0</offset><text>Hi.</text></passage>
        """));

    assertThat(corpus.documents().get(0).passages().get(0).type()).isEqualTo("INTRO");
  }

  @Test
  void passageWithoutTextTakesItsTextFromItsSentences() throws Exception {
    Corpus corpus =
        read(
            collection(
                """
        <passage><offset>10</offset>
          <sentence><offset>10</offset><text>First one.</text>
            <annotation id="A1"><infon key="type">Gene</infon>
              <location offset="10" length="5"/><text>First</text></annotation>
          </sentence>
          <sentence><offset>22</offset><text>Second.</text></sentence>
        </passage>
        """));

    Document document = corpus.documents().get(0);
    assertThat(corpus.problems()).isEmpty();
    assertThat(document.text().value()).isEqualTo(" ".repeat(10) + "First one.  Second.");
    assertThat(document.passages().get(0).span()).isEqualTo(new Span(10, 29));
    assertThat(document.passages().get(0).sentences())
        .containsExactly(Sentence.of(10, 20), Sentence.of(22, 29));
    assertThat(document.entity("A1").orElseThrow().spans()).containsExactly(new Span(10, 15));
  }

  @Test
  void sentenceOutsideItsPassageIsDropped() throws Exception {
    Corpus corpus =
        read(
            collection(
                """
        <passage><offset>0</offset><text>Short.</text>
          <sentence><offset>3</offset><text>rt. And more</text></sentence>
        </passage>
        """));

    assertThat(corpus.documents().get(0).passages().get(0).sentences()).isEmpty();
    assertThat(errors(corpus))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("sentence", "outside"));
  }

  @Test
  void standOffPassageTextIsRebuiltFromItsAnnotations() throws Exception {
    Corpus corpus = format.read(GoldenBioc.path("ncbi-abbr-21488974.xml"));

    Document document = corpus.documents().get(0);
    assertThat(document.entities()).hasSize(4);
    assertThat(document.text().slice(105, 130)).isEqualTo("Human neutrophil elastase");
    assertThat(document.relations().get(0).arguments())
        .containsExactly(Argument.mention("LongForm", "LF0"), Argument.mention("ShortForm", "SF0"));
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
              assertThat(p.message()).contains("no text", "rebuilt");
            });
  }

  @Test
  void aLoneDocumentRootIsRead() throws Exception {
    Corpus corpus =
        read(
            """
        <document><id>7</id><passage><offset>0</offset><text>Alone.</text></passage></document>
        """);

    assertThat(corpus.documents()).extracting(Document::id).containsExactly("7");
  }

  @Test
  void offsetsCountCodePointsNotUtf16Units() throws Exception {
    Corpus corpus =
        read(
            collection(
                """
        <passage><offset>0</offset><text>𝛼-synuclein binds 𝛽2 here.</text>
          <annotation id="1"><infon key="type">Gene</infon>
            <location offset="18" length="2"/><text>𝛽2</text></annotation>
        </passage>
        """));

    assertThat(corpus.problems()).isEmpty();
    Document document = corpus.documents().get(0);
    assertThat(document.entity("1").orElseThrow().spans()).containsExactly(new Span(18, 20));
    assertThat(document.text().length()).isEqualTo(26);
  }

  @Test
  void conceptIdsComeFromWhicheverIdInfonTheFileUses() throws Exception {
    Corpus corpus =
        read(
            collection(
                """
        <passage><offset>0</offset><text>BRCA1 and mice</text>
          <annotation id="1"><infon key="type">Gene</infon><infon key="NCBI Gene">672</infon>
            <location offset="0" length="5"/><text>BRCA1</text></annotation>
          <annotation id="2"><infon key="type">Species</infon>
            <infon key="Identifier">10090;10088</infon>
            <location offset="10" length="4"/><text>mice</text></annotation>
        </passage>
        """));

    Document document = corpus.documents().get(0);
    assertThat(document.entity("1").orElseThrow().conceptIds()).containsExactly("672");
    assertThat(document.entity("2").orElseThrow().conceptIds()).containsExactly("10090", "10088");
  }

  @Test
  void offsetsAFewCharactersOffAreMovedWithAWarning() throws Exception {
    Corpus corpus =
        read(
            collection(
                """
        <passage><offset>0</offset><text>The BRCA1 gene.</text>
          <annotation id="1"><infon key="type">Gene</infon>
            <location offset="6" length="5"/><text>BRCA1</text></annotation>
        </passage>
        """));

    assertThat(corpus.documents().get(0).entity("1").orElseThrow().spans())
        .containsExactly(new Span(4, 9));
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
              assertThat(p.annotationId()).isEqualTo("1");
              assertThat(p.expected()).isEqualTo("BRCA1");
              assertThat(p.found()).isEqualTo("CA1 g");
              assertThat(p.kind()).isEqualTo(Problem.Kind.OFFSETS_REPAIRED);
            });
  }

  @Test
  void readerReportsOffsetMismatchAndKeepsGoing() throws Exception {
    Corpus corpus =
        read(
            collection(
                """
        <passage><offset>0</offset><text>The BRCA1 gene.</text>
          <annotation id="bad"><infon key="type">Gene</infon>
            <location offset="0" length="3"/><text>TP53</text></annotation>
          <annotation id="good"><infon key="type">Gene</infon>
            <location offset="4" length="5"/><text>BRCA1</text></annotation>
        </passage>
        """));

    assertThat(corpus.documents().get(0).entities()).extracting(Entity::id).containsExactly("good");
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
              assertThat(p.file()).endsWith("input.xml");
              assertThat(p.documentId()).isEqualTo("D1");
              assertThat(p.annotationId()).isEqualTo("bad");
              assertThat(p.line()).isEqualTo(5);
              assertThat(p.expected()).isEqualTo("TP53");
              assertThat(p.found()).isEqualTo("The");
            });
  }

  @Test
  void locationPastTheTextIsDropped() throws Exception {
    Corpus corpus =
        read(
            collection(
                """
        <passage><offset>0</offset><text>Short.</text>
          <annotation id="1"><infon key="type">Gene</infon>
            <location offset="40" length="5"/><text>BRCA1</text></annotation>
        </passage>
        """));

    assertThat(corpus.documents().get(0).entities()).isEmpty();
    assertThat(errors(corpus))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message()).contains("past the end of the text");
              assertThat(p.expected()).isEqualTo("BRCA1");
              assertThat(p.found()).isNull();
            });
  }

  @Test
  void missingAndNonNumericOffsetsDropOnlyTheirAnnotation() throws Exception {
    Corpus corpus =
        read(
            collection(
                """
        <passage><offset>0</offset><text>The BRCA1 gene.</text>
          <annotation id="no-offset"><location length="5"/><text>BRCA1</text></annotation>
          <annotation id="word-offset"><location offset="four" length="5"/>
            <text>BRCA1</text></annotation>
          <annotation id="word-length"><location offset="4" length="5x"/>
            <text>BRCA1</text></annotation>
          <annotation id="no-location"><infon key="type">Gene</infon><text>BRCA1</text></annotation>
          <annotation id="good"><infon key="type">Gene</infon>
            <location offset="4" length="5"/><text>BRCA1</text></annotation>
        </passage>
        """));

    assertThat(corpus.documents().get(0).entities()).extracting(Entity::id).containsExactly("good");
    assertThat(errors(corpus))
        .extracting(Problem::annotationId)
        .containsExactly("no-offset", "word-offset", "word-length", "no-location");
    assertThat(errors(corpus).get(1).found()).isEqualTo("offset four, length 5");
    assertThat(errors(corpus).get(3).message()).contains("no location");
  }

  @Test
  void passageWithoutUsableOffsetIsSkippedWithItsAnnotations() throws Exception {
    Corpus corpus =
        read(
            collection(
                """
        <passage><text>No offset.</text>
          <annotation id="1"><location offset="0" length="2"/><text>No</text></annotation></passage>
        <passage><offset>x</offset><text>Bad offset.</text></passage>
        <passage><offset>0</offset><text>Kept.</text></passage>
        """));

    Document document = corpus.documents().get(0);
    assertThat(document.text().value()).isEqualTo("Kept.");
    assertThat(document.entities()).isEmpty();
    assertThat(errors(corpus))
        .hasSize(2)
        .allSatisfy(p -> assertThat(p.message()).contains("passage offset"));
    assertThat(errors(corpus).get(0).message()).contains("1 annotations");
  }

  @Test
  void overlappingOrOutOfOrderPassagesAreSkipped() throws Exception {
    Corpus corpus =
        read(
            collection(
                """
        <passage><offset>0</offset><text>First passage.</text></passage>
        <passage><offset>5</offset><text>Overlapping.</text></passage>
        <passage><offset>20</offset><text>Third.</text></passage>
        <passage><offset>15</offset><text>Back.</text></passage>
        """));

    Document document = corpus.documents().get(0);
    assertThat(document.passages()).extracting(p -> p.offset()).containsExactly(0, 20);
    assertThat(errors(corpus)).extracting(Problem::found).containsExactly("5", "15");
    assertThat(errors(corpus))
        .extracting(Problem::expected)
        .containsExactly("offset >= 14", "offset >= 26");
  }

  @Test
  void documentWithoutPassagesIsKeptWithEmptyTextAndAWarning() throws Exception {
    Corpus corpus = read(collection(""));

    assertThat(corpus.documents())
        .singleElement()
        .satisfies(d -> assertThat(d.text().value()).isEmpty());
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
              assertThat(p.message()).contains("no passage");
            });
  }

  @Test
  void danglingNodeIsKeptWithAWarning() throws Exception {
    Corpus corpus =
        read(
            collection(
                """
        <passage><offset>0</offset><text>BRCA1</text>
          <annotation id="1"><infon key="type">Gene</infon>
            <location offset="0" length="5"/><text>BRCA1</text></annotation>
          <relation id="R1"><infon key="type">Bind</infon>
            <node refid="1" role="Arg1"/><node refid="9" role="Arg2"/></relation>
        </passage>
        """));

    assertThat(corpus.documents().get(0).relations())
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.arguments())
                    .containsExactly(Argument.mention("Arg1", "1"), Argument.mention("Arg2", "9")));
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
              assertThat(p.annotationId()).isEqualTo("R1");
              assertThat(p.found()).isEqualTo("9");
            });
  }

  @Test
  void conceptArgumentThatNoAnnotationHasIsKeptWithAWarning() throws Exception {
    Corpus corpus =
        read(
            collection(
                """
        <passage><offset>0</offset><text>BRCA1</text>
          <annotation id="1"><infon key="type">Gene</infon><infon key="identifier">672</infon>
            <location offset="0" length="5"/><text>BRCA1</text></annotation></passage>
        <relation id="R1"><infon key="entity1">672</infon><infon key="entity2">D001943</infon>
          <infon key="type">Association</infon><infon key="novel">No</infon></relation>
        """));

    assertThat(corpus.documents().get(0).relations()).hasSize(1);
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
              assertThat(p.found()).isEqualTo("D001943");
            });
  }

  @Test
  void annotationWithoutIdIsNamedWithAWarning() throws Exception {
    Corpus corpus =
        read(
            collection(
                """
        <passage><offset>0</offset><text>BRCA1</text>
          <annotation><infon key="type">Gene</infon>
            <location offset="0" length="5"/><text>BRCA1</text></annotation></passage>
        """));

    assertThat(corpus.documents().get(0).entities()).extracting(Entity::id).containsExactly("A1");
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("no id"));
  }

  @Test
  void malformedXmlMidwayKeepsTheDocumentsBeforeItAndSaysWhere() throws Exception {
    Corpus corpus =
        read(
            """
        <collection><source>s</source><date>d</date><key>k</key>
        <document><id>1</id><passage><offset>0</offset><text>One.</text></passage></document>
        <document><id>2</id><passage><offset>0</offset><text>Two.</text></passage></document>
        <document><id>3</id><passage><offset>0</offset><text>3 & 4.</text></passage></document>
        <document><id>4</id><passage><offset>0</offset><text>Four.</text></passage></document>
        </collection>
        """);

    assertThat(corpus.documents()).extracting(Document::id).containsExactly("1", "2");
    assertThat(errors(corpus))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(4);
              assertThat(p.documentId()).isEqualTo("3");
              assertThat(p.message())
                  .contains("line 4, column", "keeping the 2 complete documents", "incomplete");
            });
  }

  @Test
  void truncatedFileKeepsTheCompleteDocuments() throws Exception {
    String whole = Files.readString(GoldenBioc.path("biored-dev-2docs.xml"));
    Corpus corpus = read(whole.substring(0, whole.indexOf("<id>15096016</id>") + 200));

    assertThat(corpus.documents()).extracting(Document::id).containsExactly("14510914");
    assertThat(errors(corpus))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("broken", "keeping the 1 complete"));
  }

  @Test
  void declaredEncodingAndByteOrderMarkAreHonoured() throws Exception {
    Path latin1 = folder.resolve("latin1.xml");
    Files.write(
        latin1,
        ("<?xml version='1.0' encoding='ISO-8859-1'?><collection>"
                + "<document><id>1</id><passage><offset>0</offset><text>Œdème café</text></passage>"
                + "</document></collection>")
            .getBytes(StandardCharsets.ISO_8859_1));
    Path bom = folder.resolve("bom.xml");
    Files.write(
        bom,
        ("\uFEFF<collection><document><id>2</id><passage><offset>0</offset>"
                + "<text>café</text></passage></document></collection>")
            .getBytes(StandardCharsets.UTF_8));

    assertThat(format.read(latin1).documents().get(0).text().value()).isEqualTo("?dème café");
    assertThat(format.read(bom).documents().get(0).text().value()).isEqualTo("café");
  }

  @Test
  void bytesThatAreNotUtf8MidwayKeepTheDocumentsBeforeThem() throws Exception {
    Path file = folder.resolve("broken.xml");
    byte[] good =
        collection("<passage><offset>0</offset><text>Fine.</text></passage>")
            .replace("</collection>", "")
            .getBytes(StandardCharsets.UTF_8);
    byte[] bad =
        "<document><id>2</id><passage><offset>0</offset><text>caf\u00e9</text>"
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] bytes = new byte[good.length + bad.length];
    System.arraycopy(good, 0, bytes, 0, good.length);
    System.arraycopy(bad, 0, bytes, good.length, bad.length);
    Files.write(file, bytes);

    Corpus corpus = format.read(file);

    assertThat(corpus.documents()).extracting(Document::id).containsExactly("D1");
    assertThat(errors(corpus))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message())
                  .startsWith(
                      "the file is not UTF-8 text at line 6, column 57 (byte 0xE9 at offset ");
              assertThat(p.documentId()).isEqualTo("2");
            });
  }

  @Test
  void fileThatCannotBeReadAtAllThrowsOneClearMessage() throws Exception {
    Path missing = folder.resolve("missing.xml");
    assertThatThrownBy(() -> format.read(missing))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(missing + ": no such file");
    assertThatThrownBy(() -> format.read(folder))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(folder + ": not a file");
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageStartingWith(folder.resolve("input.xml") + ": not BioC XML");
    assertThatThrownBy(() -> read("PMID|t|A PubTator title\n"))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("not BioC XML");
    assertThatThrownBy(() -> read("<html><body>hello</body></html>"))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("the root element is <html>");
  }
}
