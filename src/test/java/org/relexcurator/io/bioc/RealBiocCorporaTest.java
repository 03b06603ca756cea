package org.relexcurator.io.bioc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relexcurator.TestData;
import org.relexcurator.io.DocumentFormat;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Problem;

/**
 * Every BioC file in testdata/ reads: whole files from TeamTat, NCBI's BioC-JSON examples and
 * PubTator3, and slices of BioRED Dev (the first 40 documents) and CDR Dev (the first 100). The
 * expected document counts are {@code grep -o '<document>' FILE | wc -l} for XML and the length of
 * {@code documents} for JSON; the BioRED mention and relation totals count the {@code <annotation>}
 * and {@code <relation>} elements of the XML slice.
 */
class RealBiocCorporaTest {

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("biored/Dev-first40.BioC.XML", 40),
        Arguments.of("biored/Dev-first40.BioC.JSON", 40),
        Arguments.of("cdr/CDR_DevelopmentSet-first100.BioC.xml", 100),
        Arguments.of("teamtat-bioc/11773052_v0.xml", 1),
        Arguments.of("teamtat-bioc/18093912_v0.xml", 1),
        Arguments.of("teamtat-bioc/3757249_v0.xml", 1),
        Arguments.of("teamtat-bioc/sample_test.xml", 10),
        Arguments.of("teamtat-bioc/sample_training.xml", 60),
        Arguments.of("bioc-json-ncbi/xml/abbr.xml", 10),
        Arguments.of("bioc-json-ncbi/json/abbr.json", 10),
        Arguments.of("bioc-json-ncbi/xml/collection.xml", 10),
        Arguments.of("bioc-json-ncbi/json/collection.json", 10),
        Arguments.of("pubtator3-biocjson/10.1016_j.molcel.2016.11.034.json", 1),
        Arguments.of("pubtator3-biocjson/10.1016_j.molcel.2019.03.023.json", 1),
        Arguments.of("pubtator3-biocjson/10.1016_j.molcel.2019.04.005.json", 1),
        Arguments.of("pubtator3-biocjson/10.1016_j.molcel.2024.01.007.json", 1),
        Arguments.of("pubtator3-biocjson/pubtator_8.json", 1));
  }

  private static DocumentFormat formatOf(String file) {
    return file.toLowerCase().endsWith(".json") ? new BiocJsonFormat() : new BiocXmlFormat();
  }

  private static List<Problem> errors(Corpus corpus) {
    return corpus.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
  }

  @ParameterizedTest
  @MethodSource("files")
  void realFileReadsAllDocumentsWithoutErrors(String file, int documents) throws Exception {
    Corpus corpus = formatOf(file).read(TestData.path(file));

    assertThat(corpus.documents()).hasSize(documents);
    assertThat(errors(corpus)).isEmpty();
    if (!file.contains("abbr")) {
      // NCBI's abbreviation files are stand-off: documents without annotations have no text.
      assertThat(corpus.documents()).allSatisfy(d -> assertThat(d.text().length()).isPositive());
    }
  }

  /** NCBI's made-up "everything" files state a text their annotation does not cover. */
  @ParameterizedTest
  @MethodSource("everythingFiles")
  void madeUpEverythingFilesLoseOnlyTheirMismatchedAnnotation(String file) throws Exception {
    Corpus corpus = formatOf(file).read(TestData.path(file));

    assertThat(corpus.documents())
        .singleElement()
        .satisfies(d -> assertThat(d.relations()).isNotEmpty());
    assertThat(errors(corpus))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.expected()).isEqualTo("annotation text");
              assertThat(p.found()).isEqualTo("ex");
            });
  }

  static Stream<String> everythingFiles() {
    return Stream.of(
        "bioc-json-ncbi/xml/everything.xml",
        "bioc-json-ncbi/json/everything.json",
        "bioc-json-ncbi/xml/everything-sentence.xml",
        "bioc-json-ncbi/json/everything-sentence.json");
  }

  @Test
  void bioredDevGivesTheSameDocumentsInXmlAndJson() throws Exception {
    List<Document> xml =
        new BiocXmlFormat().read(TestData.path("biored/Dev-first40.BioC.XML")).documents();
    List<Document> json =
        new BiocJsonFormat().read(TestData.path("biored/Dev-first40.BioC.JSON")).documents();

    assertThat(json).hasSameSizeAs(xml);
    for (int i = 0; i < xml.size(); i++) {
      assertThat(json.get(i).id()).isEqualTo(xml.get(i).id());
      assertThat(json.get(i).text()).isEqualTo(xml.get(i).text());
      assertThat(json.get(i).entities()).isEqualTo(xml.get(i).entities());
      assertThat(json.get(i).relations()).isEqualTo(xml.get(i).relations());
    }
    assertThat(xml.stream().mapToInt(d -> d.entities().size()).sum()).isEqualTo(1183);
    assertThat(xml.stream().mapToInt(d -> d.relations().size()).sum()).isEqualTo(373);
  }

  @ParameterizedTest
  @MethodSource("ncbiPairs")
  void ncbiCollectionsGiveTheSameDocumentsInXmlAndJson(String name) throws Exception {
    Path ncbi = TestData.path("bioc-json-ncbi");

    List<Document> xml = new BiocXmlFormat().read(ncbi.resolve("xml/" + name + ".xml")).documents();
    List<Document> json =
        new BiocJsonFormat().read(ncbi.resolve("json/" + name + ".json")).documents();

    assertThat(json).isEqualTo(xml);
  }

  static Stream<String> ncbiPairs() {
    return Stream.of("abbr", "collection", "everything", "everything-sentence");
  }
}
