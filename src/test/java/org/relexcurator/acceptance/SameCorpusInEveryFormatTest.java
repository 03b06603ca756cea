package org.relexcurator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relexcurator.TestData;
import org.relexcurator.cli.Main;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Relation;

/**
 * The acceptance point: BioRED's development set in PubTator, BioC XML and BioC JSON gives
 * the same documents, entities and relations, through the model and through {@code relex inspect
 * --json}; CDR composite mentions and BioRED variant ids survive reading. The files are the first
 * 40 documents of BioRED Dev in each format (testdata/README.md); the expected counts come from the
 * files themselves: {@code grep -c '|t|'}, and the mention and relation lines counted with awk as
 * in {@code PubTatorCorporaTest}, which give the same numbers as counting the {@code <annotation>}
 * and {@code <relation>} elements of the BioC XML.
 */
class SameCorpusInEveryFormatTest {

  private static final String BIORED_PUBTATOR = "biored/Dev-first40.PubTator";
  private static final String BIORED_XML = "biored/Dev-first40.BioC.XML";
  private static final String BIORED_JSON = "biored/Dev-first40.BioC.JSON";

  /** What must agree between formats: text, entity spans/types/ids, relations; not file ids. */
  private record Essence(String id, String text, List<String> entities, List<String> relations) {}

  private static List<Essence> essence(Corpus corpus) {
    List<Essence> documents = new ArrayList<>();
    for (Document document : corpus.documents()) {
      List<String> entities = new ArrayList<>();
      for (Entity e : document.entities()) {
        entities.add(e.spans() + " " + e.type() + " " + e.conceptIds() + " " + e.text());
      }
      List<String> relations = new ArrayList<>();
      for (Relation r : document.relations()) {
        relations.add(
            r.type()
                + " "
                + r.arguments().stream()
                    .map(a -> a.role() + "=" + a.ref() + "/" + a.level())
                    .toList()
                + " novel="
                + r.infons().text("novel").orElse(""));
      }
      documents.add(new Essence(document.id(), document.text().value(), entities, relations));
    }
    return documents;
  }

  @Test
  void bioredDevReadsTheSameInPubTatorBiocXmlAndBiocJson() throws Exception {
    FormatRegistry formats = FormatRegistry.standard();
    Corpus pubtator = formats.read(TestData.path(BIORED_PUBTATOR));
    Corpus xml = formats.read(TestData.path(BIORED_XML));
    Corpus json = formats.read(TestData.path(BIORED_JSON));

    assertThat(List.of(pubtator.format(), xml.format(), json.format()))
        .containsExactly("pubtator", "bioc-xml", "bioc-json");
    assertThat(pubtator.documents()).hasSize(40);
    assertThat(essence(xml)).isEqualTo(essence(pubtator));
    assertThat(essence(json)).isEqualTo(essence(pubtator));
  }

  @Test
  void inspectJsonReportsTheSameCountsForTheThreeBioredFiles() throws Exception {
    StringWriter out = new StringWriter();
    int exit =
        Main.run(
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true),
            "inspect",
            "--json",
            TestData.path(BIORED_PUBTATOR).toString(),
            TestData.path(BIORED_XML).toString(),
            TestData.path(BIORED_JSON).toString());

    assertThat(exit).isZero();
    JsonNode files = new ObjectMapper().readTree(out.toString()).get("files");
    assertThat(files).hasSize(3);
    for (JsonNode file : files) {
      assertThat(file.get("documents").asInt()).isEqualTo(40);
      assertThat(file.get("entities").asInt()).isEqualTo(1183);
      assertThat(file.get("relations").asInt()).isEqualTo(373);
      assertThat(file.get("entityTypes")).isEqualTo(files.get(0).get("entityTypes"));
      assertThat(file.get("relationTypes")).isEqualTo(files.get(0).get("relationTypes"));
      assertThat(file.get("sentences")).isEqualTo(files.get(0).get("sentences"));
      assertThat(file.get("pairs")).isEqualTo(files.get(0).get("pairs"));
      assertThat(file.get("problems")).isEmpty();
    }
  }

  @Test
  void cdrCompositeMentionsKeepEveryConceptIdInPubTatorAndBioc() throws Exception {
    FormatRegistry formats = FormatRegistry.standard();
    Entity fromPubTator =
        mention(
                formats.read(TestData.path("cdr/CDR_DevelopmentSet-first100.PubTator.txt")),
                "3115150",
                "cardiovascular, and respiratory depression")
            .orElseThrow();
    Entity fromBioc =
        mention(
                formats.read(TestData.path("cdr/CDR_DevelopmentSet-first100.BioC.xml")),
                "3115150",
                "cardiovascular, and respiratory depression")
            .orElseThrow();

    assertThat(fromPubTator.conceptIds()).containsExactly("D002318", "D012131");
    assertThat(fromBioc.conceptIds()).containsExactly("D002318", "D012131");
    assertThat(fromBioc.spans()).isEqualTo(fromPubTator.spans());
  }

  @Test
  void bioredVariantIdsWithPipesStayOneIdAndRelationsStillFindThem() throws Exception {
    Corpus corpus = FormatRegistry.standard().read(TestData.path(BIORED_PUBTATOR));
    Document document =
        corpus.documents().stream()
            .filter(d -> d.id().equals("14510914"))
            .findFirst()
            .orElseThrow();

    assertThat(document.entities())
        .anySatisfy(e -> assertThat(e.conceptIds()).containsExactly("c|DEL|1314_1328|"));
    assertThat(document.relations())
        .anySatisfy(
            r -> {
              assertThat(r.first()).isEqualTo(Argument.concept("entity1", "c|DEL|1314_1328|"));
              assertThat(r.infons().text("novel")).contains("Novel");
            });
  }

  private static Optional<Entity> mention(Corpus corpus, String documentId, String text) {
    return corpus.documents().stream()
        .filter(d -> d.id().equals(documentId))
        .flatMap(d -> d.entities().stream())
        .filter(e -> e.text().equals(text))
        .findFirst();
  }
}
