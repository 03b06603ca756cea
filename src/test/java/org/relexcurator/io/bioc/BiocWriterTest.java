package org.relexcurator.io.bioc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.relexcurator.io.DocumentFormat;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Relation;
import org.relexcurator.model.Sentence;
import org.relexcurator.model.Span;

class BiocWriterTest {

  @TempDir Path folder;

  static Stream<DocumentFormat> formats() {
    return Stream.of(
        new BiocXmlFormat(GoldenBioc.FIXED_CLOCK), new BiocJsonFormat(GoldenBioc.FIXED_CLOCK));
  }

  private Path write(DocumentFormat format, Document... documents) throws Exception {
    Path target = folder.resolve("out." + format.extensions().get(0));
    format.write(List.of(documents), target);
    return target;
  }

  private static Entity gene(String id, int start, int end, String text) {
    return new Entity(
        id, "Gene", List.of(new Span(start, end)), text, List.of("672"), Infons.empty());
  }

  /** "Title." then, after a gap of three, "BRCA1 binds TP53. It works." in two sentences. */
  private static Document twoPassages(List<Entity> entities, List<Relation> relations) {
    DocumentText text = new DocumentText("Title.   BRCA1 binds TP53. It works.");
    Passage title = new Passage("title", new Span(0, 6), List.of(), Infons.of("type", "title"));
    Passage body =
        new Passage(
            "abstract",
            new Span(9, 36),
            List.of(Sentence.of(9, 26), Sentence.of(27, 36)),
            Infons.of("type", "abstract"));
    return new Document("D1", text, List.of(title, body), entities, relations, Infons.empty());
  }

  @Test
  void annotationsGoIntoThePassageAndSentenceOfTheirFirstSpan() {
    Entity discontinuous =
        new Entity(
            "2",
            "Gene",
            List.of(new Span(0, 5), new Span(9, 14)),
            "Title BRCA1",
            List.of(),
            Infons.empty());
    Document document =
        twoPassages(
            List.of(discontinuous, gene("1", 21, 25, "TP53"), gene("3", 27, 29, "It")), List.of());

    Bioc.Document encoded = new BiocDocumentEncoder().encode(document);

    Bioc.Passage title = encoded.passages().get(0);
    Bioc.Passage body = encoded.passages().get(1);
    assertThat(title.annotations()).extracting(Bioc.Annotation::id).containsExactly("2");
    assertThat(body.annotations()).isEmpty();
    assertThat(body.sentences())
        .extracting(s -> s.annotations().stream().map(Bioc.Annotation::id).toList())
        .containsExactly(List.of("1"), List.of("3"));
    assertThat(body.sentences().get(0).text()).isEqualTo("BRCA1 binds TP53.");
    assertThat(title.annotations().get(0).locations())
        .containsExactly(new Bioc.Location("0", "5"), new Bioc.Location("9", "5"));
  }

  @ParameterizedTest
  @MethodSource("formats")
  void documentsBuiltInTheModelSurviveARoundTrip(DocumentFormat format) throws Exception {
    Entity discontinuous =
        new Entity(
            "2",
            "Gene",
            List.of(new Span(0, 5), new Span(9, 14)),
            "Title BRCA1",
            List.of("672", "7157"),
            Infons.of("note", "made up"));
    Relation relation =
        new Relation(
            "R1",
            "Bind",
            List.of(Argument.concept("entity1", "672"), Argument.mention("Theme", "1")),
            Infons.of("novel", "No"));
    Document document =
        twoPassages(List.of(discontinuous, gene("1", 21, 25, "TP53")), List.of(relation));

    assertThat(format.read(write(format, document)).documents()).containsExactly(document);
  }

  @Test
  void xmlNestsAnnotationsInTheirSentenceAndRelationsAtDocumentLevel() throws Exception {
    Relation relation =
        new Relation(
            "R1",
            "Bind",
            List.of(Argument.mention("Arg1", "1"), Argument.mention("Arg2", "2")),
            Infons.empty());
    Document document =
        twoPassages(
            List.of(gene("1", 9, 14, "BRCA1"), gene("2", 21, 25, "TP53")), List.of(relation));

    String out = Files.readString(write(new BiocXmlFormat(GoldenBioc.FIXED_CLOCK), document));

    assertThat(out)
        .contains(
            """
              <sentence>
                <offset>9</offset>
                <text>BRCA1 binds TP53.</text>
                <annotation id="1">
                  <infon key="type">Gene</infon>
                  <infon key="identifier">672</infon>
                  <location offset="9" length="5"/>
                  <text>BRCA1</text>
                </annotation>
        """);
    assertThat(out)
        .contains(
            """
            </passage>
            <relation id="R1">
              <infon key="type">Bind</infon>
              <node refid="1" role="Arg1"/>
              <node refid="2" role="Arg2"/>
            </relation>
          </document>
        """);
  }

  @Test
  void passageLevelRelationsAreWrittenAtDocumentLevel() throws Exception {
    DocumentFormat format = new BiocXmlFormat(GoldenBioc.FIXED_CLOCK);
    List<Document> teamTat =
        format.read(GoldenBioc.path("teamtat-3757249-passages-1-6.xml")).documents();

    Path written = write(format, teamTat.toArray(Document[]::new));

    String out = Files.readString(written);
    assertThat(out.indexOf("<relation id=\"R1\">")).isGreaterThan(out.lastIndexOf("</passage>"));
    assertThat(format.read(written).documents()).isEqualTo(teamTat);
  }

  @Test
  void conceptArgumentsAreWrittenAsInfonsNamedByRoleBeforeTheType() throws Exception {
    Relation relation =
        new Relation(
            "R1",
            "Association",
            List.of(Argument.concept("entity1", "672"), Argument.concept("entity2", "D001943")),
            Infons.of("novel", "Novel"));
    Document document = twoPassages(List.of(gene("1", 9, 14, "BRCA1")), List.of(relation));

    String out = Files.readString(write(new BiocXmlFormat(GoldenBioc.FIXED_CLOCK), document));

    assertThat(out)
        .contains(
            """
            <relation id="R1">
              <infon key="entity1">672</infon>
              <infon key="entity2">D001943</infon>
              <infon key="type">Association</infon>
              <infon key="novel">Novel</infon>
            </relation>
        """);
  }

  @ParameterizedTest
  @MethodSource("formats")
  void editedTypesIdsAndArgumentsAreWrittenUnderTheKeysTheFileUsed(DocumentFormat format)
      throws Exception {
    Document cdr =
        new BiocXmlFormat().read(GoldenBioc.path("cdr-dev-6415512.xml")).documents().get(0);
    Entity first = cdr.entities().get(0);
    Entity edited =
        new Entity(
            first.id(),
            "Chemical",
            first.spans(),
            first.text(),
            List.of("D000001"),
            first.infons());
    Relation relation = cdr.relations().get(0);
    Relation retyped =
        new Relation(
            relation.id(),
            "Treats",
            List.of(Argument.concept("Chemical", "D000002"), relation.arguments().get(1)),
            relation.infons());
    List<Entity> entities = new java.util.ArrayList<>(cdr.entities());
    entities.set(0, edited);
    Document document = cdr.withEntities(entities).withRelations(List.of(retyped));

    Path written = write(format, document);

    Document back = format.read(written).documents().get(0);
    assertThat(back)
        .isEqualTo(document.withEntities(back.entities()).withRelations(back.relations()));
    assertThat(back.entities().get(0).type()).isEqualTo("Chemical");
    assertThat(back.entities().get(0).conceptIds()).containsExactly("D000001");
    assertThat(back.entities().get(0).infons().values().keySet())
        .containsExactly("CompositeRole", "MESH");
    assertThat(back.entities().get(0).infons().values()).containsEntry("MESH", "D000001");
    assertThat(back.relations().get(0).type()).isEqualTo("Treats");
    assertThat(back.relations().get(0).arguments())
        .containsExactly(
            Argument.concept("Chemical", "D000002"), Argument.concept("Disease", "D004832"));
    assertThat(back.relations().get(0).infons().values())
        .containsExactly(Map.entry("relation", "Treats"));
  }

  @ParameterizedTest
  @MethodSource("formats")
  void textSurvivesCarriageReturnsAndCharactersOutsideTheBasicPlane(DocumentFormat format)
      throws Exception {
    DocumentText text = new DocumentText("𝛼-synuclein\r\nbinds 𝛽2.");
    Entity beta =
        new Entity("1", "Gene", List.of(new Span(19, 21)), "𝛽2", List.of(), Infons.empty());
    Document document =
        new Document(
            "D",
            text,
            List.of(new Passage("", new Span(0, 22))),
            List.of(beta),
            List.of(),
            Infons.empty());

    Path written = write(format, document);

    assertThat(format.read(written).documents()).containsExactly(document);
  }

  @Test
  void xmlReplacesCharactersXmlCannotCarryOneForOne() throws Exception {
    DocumentText text = new DocumentText("A\u0001B TP53");
    Document document =
        new Document(
            "D",
            text,
            List.of(new Passage("", new Span(0, 8))),
            List.of(gene("1", 4, 8, "TP53")),
            List.of(),
            Infons.empty());
    DocumentFormat format = new BiocXmlFormat(GoldenBioc.FIXED_CLOCK);

    Document back = format.read(write(format, document)).documents().get(0);

    assertThat(back.text().value()).isEqualTo("A\uFFFDB TP53");
    assertThat(back.entities()).isEqualTo(document.entities());
  }

  @ParameterizedTest
  @MethodSource("formats")
  void documentWithoutPassagesIsWrittenAsOnePassage(DocumentFormat format) throws Exception {
    Document document =
        new Document(
            "D", new DocumentText("Just text."), List.of(), List.of(), List.of(), Infons.empty());

    Document back = format.read(write(format, document)).documents().get(0);

    assertThat(back.text()).isEqualTo(document.text());
    assertThat(back.passages()).containsExactly(new Passage("", new Span(0, 10)));
  }

  @Test
  void jsonNestsFlattenedInfonKeysAgainUnlessThatWouldLoseAValue() {
    Map<String, Object> flat = new java.util.LinkedHashMap<>();
    flat.put("score", "0.9");
    flat.put("role1.identifier", "672");
    flat.put("role1.deep.value", 1);
    flat.put("type", "Bind");
    flat.put("plain", "x");
    flat.put("plain.child", "kept flat");
    flat.put(".odd", 2);

    assertThat(BiocJsonWriter.nest(flat))
        .containsExactly(
            Map.entry("score", "0.9"),
            Map.entry("role1", Map.of("identifier", "672", "deep", Map.of("value", 1))),
            Map.entry("type", "Bind"),
            Map.entry("plain", "x"),
            Map.entry("plain.child", "kept flat"),
            Map.entry(".odd", 2));
  }

  @ParameterizedTest
  @MethodSource("formats")
  void writingReplacesTheTargetAndLeavesNoTemporaryFile(DocumentFormat format) throws Exception {
    Path target = folder.resolve("out." + format.extensions().get(0));
    Files.writeString(target, "old content");

    format.write(List.of(twoPassages(List.of(), List.of())), target);

    assertThat(Files.readString(target)).doesNotContain("old content").contains("BRCA1 binds");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
  }
}
