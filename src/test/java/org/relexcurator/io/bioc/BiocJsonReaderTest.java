package org.relexcurator.io.bioc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.relexcurator.model.Problem;
import org.relexcurator.model.Span;

class BiocJsonReaderTest {

  @TempDir Path folder;

  private final BiocJsonFormat format = new BiocJsonFormat();

  private Corpus read(String json) throws Exception {
    Path file = folder.resolve("input.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return format.read(file);
  }

  private static String document(String id, String text) {
    return """
        {"id": "%s", "infons": {}, "passages": [{"offset": 0, "text": "%s", "annotations": []}]}"""
        .formatted(id, text);
  }

  private static List<Problem> errors(Corpus corpus) {
    return corpus.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
  }

  @Test
  void pubtator3DocumentKeepsInfonValuesOfEveryJsonType() throws Exception {
    Corpus corpus = format.read(GoldenBioc.path("pubtator3-10.1016_j.molcel.2019.03.023.json"));

    assertThat(corpus.problems()).isEmpty();
    Document document = corpus.documents().get(0);
    assertThat(document.id()).isEqualTo("10.1016/j.molcel.2019.03.023");
    assertThat(document.infons().values()).containsEntry("doi", "10.1016/j.molcel.2019.03.023");
    Entity rec114 = document.entity("2").orElseThrow();
    assertThat(rec114.type()).isEqualTo("Gene");
    assertThat(rec114.conceptIds()).containsExactly("73673");
    assertThat(rec114.infons().values())
        .containsEntry("valid", true)
        .containsEntry("normalized", List.of(73673))
        .containsEntry("normalized_id", 73673)
        .containsEntry("ncbi_homologene", "83546");
    assertThat(document.entities())
        .anySatisfy(e -> assertThat(e.infons().values()).containsEntry("accession", null));
  }

  @Test
  void pubtator3RelationsNameTheirArgumentsByConceptAndIgnoreDisplayNodes() throws Exception {
    Document document =
        format
            .read(GoldenBioc.path("pubtator3-10.1016_j.molcel.2019.03.023.json"))
            .documents()
            .get(0);

    assertThat(document.relations().get(0))
        .satisfies(
            r -> {
              assertThat(r.id()).isEqualTo("R1");
              assertThat(r.type()).isEqualTo("Association");
              assertThat(r.arguments())
                  .containsExactly(
                      Argument.concept("role1", "MESH:D007246"),
                      Argument.concept("role2", "625662"));
              assertThat(r.infons().values())
                  .containsEntry("score", "0.9995")
                  .containsEntry("role1.name", "Infertility")
                  .containsEntry("role2.normalized", List.of(625662));
            });
  }

  @Test
  void annotationWithoutIdentifierHasNoConceptIds() throws Exception {
    Corpus corpus = format.read(GoldenBioc.path("pubtator3-24633240.json"));

    assertThat(corpus.problems()).isEmpty();
    Entity cellLine = corpus.documents().get(0).entity("42").orElseThrow();
    assertThat(cellLine.type()).isEqualTo("CellLine");
    assertThat(cellLine.conceptIds()).isEmpty();
    assertThat(cellLine.infons().values())
        .containsEntry("valid", false)
        .containsEntry("normalized_id", null)
        .doesNotContainKey("identifier");
  }

  @Test
  void bioredCollectionGivesTheSameMentionsAndRelationsAsItsXml() throws Exception {
    List<Document> json = format.read(GoldenBioc.path("biored-dev-2docs.json")).documents();
    List<Document> xml =
        new BiocXmlFormat().read(GoldenBioc.path("biored-dev-2docs.xml")).documents();

    assertThat(json).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(json.get(i).text()).isEqualTo(xml.get(i).text());
      assertThat(json.get(i).entities()).isEqualTo(xml.get(i).entities());
      assertThat(json.get(i).relations()).isEqualTo(xml.get(i).relations());
    }
    // The JSON's passages carry no infons, so no passage types; the XML's say title/abstract.
    assertThat(json.get(0).passages()).extracting(p -> p.type()).containsOnly("");
  }

  @Test
  void pubtator3WrapperTopLevelArrayAndJsonLinesAreRead() throws Exception {
    String one = document("1", "One.");
    String two = document("2", "Two.");

    assertThat(read("{\"PubTator3\": [" + one + ", " + two + "]}").documents())
        .extracting(Document::id)
        .containsExactly("1", "2");
    assertThat(read("[" + one + ", " + two + "]").documents())
        .extracting(Document::id)
        .containsExactly("1", "2");
    assertThat(read(one + "\n" + two + "\n").documents())
        .extracting(Document::id)
        .containsExactly("1", "2");
  }

  @Test
  void passagesSeparatedByGapsOfVaryingSizeKeepTheirOffsets() throws Exception {
    Corpus corpus =
        read(
            """
        {"id": "gaps", "passages": [
          {"infons": {"type": "title"}, "offset": 0, "text": "Title."},
          {"infons": {"type": "paragraph"}, "offset": 7, "text": "One."},
          {"infons": {"type": "paragraph"}, "offset": 16, "text": "Two BRCA1."},
          {"infons": {"type": "ref"}, "offset": 43, "text": "Ref.",
           "annotations": [{"id": "7", "infons": {"type": "Gene", "identifier": "672"},
                            "text": "Ref", "locations": [{"offset": 43, "length": 3}]}]}
        ]}
        """);

    Document document = corpus.documents().get(0);
    assertThat(corpus.problems()).isEmpty();
    assertThat(document.text().value())
        .isEqualTo("Title. One." + " ".repeat(5) + "Two BRCA1." + " ".repeat(17) + "Ref.");
    assertThat(document.passages())
        .extracting(p -> p.span())
        .containsExactly(new Span(0, 6), new Span(7, 11), new Span(16, 26), new Span(43, 47));
    assertThat(document.entity("7").orElseThrow().spans()).containsExactly(new Span(43, 46));
  }

  @Test
  void offsetsWrittenAsStringsAreReadAndNonNumericOnesReported() throws Exception {
    Corpus corpus =
        read(
            """
        {"id": "d", "passages": [{"offset": "0", "text": "The BRCA1 gene.", "annotations": [
          {"id": "good", "infons": {"type": "Gene"}, "text": "BRCA1",
           "locations": [{"offset": "4", "length": 5}]},
          {"id": "bad", "infons": {"type": "Gene"}, "text": "BRCA1",
           "locations": [{"offset": "four", "length": 5}]},
          {"id": "none", "infons": {"type": "Gene"}, "text": "BRCA1", "locations": []}
        ]}]}
        """);

    assertThat(corpus.documents().get(0).entities()).extracting(Entity::id).containsExactly("good");
    assertThat(errors(corpus)).extracting(Problem::annotationId).containsExactly("bad", "none");
    assertThat(errors(corpus).get(0).line()).isEqualTo(4);
  }

  @Test
  void objectInfonsAreFlattenedAndUnrepresentableValuesKeptAsJsonText() throws Exception {
    Corpus corpus =
        read(
            """
        {"id": "d", "infons": {"meta": {"source": "x", "rank": {"value": 2}},
                                "pairs": [{"a": 1}], "empty": {}},
         "passages": [{"offset": 0, "text": "x"}]}
        """);

    assertThat(corpus.documents().get(0).infons().values())
        .containsEntry("meta.source", "x")
        .containsEntry("meta.rank.value", 2)
        .containsEntry("pairs", "[{\"a\":1}]")
        .containsEntry("empty", "{}");
    assertThat(corpus.problems())
        .hasSize(2)
        .allSatisfy(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING));
  }

  @Test
  void fieldsOfTheWrongShapeAreIgnoredWithAWarning() throws Exception {
    Corpus corpus =
        read(
            """
        {"id": "d", "passages": [{"offset": 0, "text": {"oops": 1}, "annotations": 3}, 7]}
        """);

    assertThat(corpus.documents())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.passages())
                    .singleElement()
                    .satisfies(p -> assertThat(p.span().length()).isZero()));
    assertThat(corpus.problems())
        .extracting(Problem::message)
        .hasSize(4)
        .filteredOn(m -> !m.startsWith("ignored"))
        .containsExactly("document is empty: none of its passages has text");
  }

  @Test
  void malformedJsonMidwayKeepsTheDocumentsBeforeItAndSaysWhere() throws Exception {
    Corpus corpus =
        read(
            "{\"source\": \"s\", \"documents\": [\n"
                + document("1", "One.")
                + ",\n"
                + document("2", "Two.")
                + ",\n"
                + "{\"id\": \"3\", \"passages\": [{\"offset\": 0, \"text\": \"x\" ]}\n"
                + "]}\n");

    assertThat(corpus.documents()).extracting(Document::id).containsExactly("1", "2");
    assertThat(errors(corpus))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(4);
              assertThat(p.message())
                  .contains("line 4, column", "keeping the 2 complete documents");
            });
  }

  @Test
  void truncatedFileKeepsTheCompleteDocuments() throws Exception {
    String whole = Files.readString(GoldenBioc.path("biored-dev-2docs.json"));
    Corpus corpus = read(whole.substring(0, whole.indexOf("\"15096016\"") + 300));

    assertThat(corpus.documents()).extracting(Document::id).containsExactly("14510914");
    assertThat(errors(corpus))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("end-of-input", "keeping the 1"));
  }

  @Test
  void fileThatCannotBeReadAtAllThrowsOneClearMessage() throws Exception {
    Path file = folder.resolve("input.json");
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(file + ": empty file, not BioC JSON");
    assertThatThrownBy(() -> read("\"just a string\""))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("not BioC JSON");
    assertThatThrownBy(() -> read("{\"name\": \"a package.json\", \"version\": 1}"))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(
            file + ": not BioC JSON (no \"documents\", \"passages\" or \"PubTator3\" found)");
    assertThatThrownBy(() -> read("<collection/>"))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageStartingWith(file + ": not JSON");
    byte[] binary = new byte[64];
    Arrays.fill(binary, (byte) 0xFF);
    Files.write(file, binary);
    assertThatThrownBy(() -> format.read(file)).isInstanceOf(UnreadableInputException.class);
  }
}
