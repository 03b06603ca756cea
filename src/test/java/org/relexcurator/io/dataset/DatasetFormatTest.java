package org.relexcurator.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Problem;
import org.relexcurator.model.Relation;
import org.relexcurator.model.Sentence;
import org.relexcurator.model.Span;

class DatasetFormatTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/dataset");

  private final DatasetFormat format = new DatasetFormat();

  @TempDir Path dir;

  @Test
  void readsRowsIntoOneDocumentPerDocIdWithOnePassagePerSentence() throws Exception {
    Corpus corpus = format.read(GOLDEN.resolve("synthetic-relex.jsonl"));

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.format()).isEqualTo("dataset");
    assertThat(corpus.documents())
        .extracting(Document::id)
        .containsExactly(
            "model-card",
            "16277682||",
            "17549393||",
            "25119790||",
            "constructed-1",
            "constructed-2");
    Document paget = corpus.documents().get(1);
    String title =
        "Segregation of a M404V mutation of the p62/sequestosome 1 (p62/SQSTM1) gene"
            + " with polyostotic Paget's disease of bone in an Italian family.";
    assertThat(paget.text().value()).startsWith(title + " We originally described");
    assertThat(paget.passages())
        .hasSize(2)
        .allSatisfy(
            p -> {
              assertThat(p.type()).isEqualTo("sentence");
              assertThat(p.sentences()).containsExactly(new Sentence(p.span()));
            });
    assertThat(paget.passages().get(1).span().start()).isEqualTo(title.length() + 1);
    // Rows two and three share the title's "Paget's disease of bone".
    assertThat(paget.entities())
        .extracting(Entity::text, Entity::type)
        .containsExactly(
            tuple("M404V", "ProteinMutation"),
            tuple("SQSTM1", "Gene"),
            tuple("Paget's disease of bone", "Disease"),
            tuple("M404V", "ProteinMutation"),
            tuple("PDB", "Disease"));
    assertThat(paget.entities())
        .allSatisfy(e -> assertThat(paget.text().slice(e.extent())).isEqualTo(e.text()));
    assertThat(paget.relations())
        .extracting(Relation::type)
        .containsExactly("causes", "plays_causal_role_in", "causes");
    Relation second = paget.relations().get(1);
    assertThat(second.arguments())
        .containsExactly(Argument.mention("entity1", "T2"), Argument.mention("entity2", "T3"));
    assertThat(second.infons()).isEqualTo(Infons.of("line", 3));
  }

  @Test
  void offsetsAreCodePointsAndNestedMarkersGiveNestedMentions() throws Exception {
    Document constructed = format.read(GOLDEN.resolve("synthetic-relex.jsonl")).documents().get(5);

    Entity synuclein = constructed.entities().get(0);
    assertThat(synuclein.text()).isEqualTo("\uD835\uDEFC-Synuclein");
    assertThat(synuclein.spans()).containsExactly(new Span(0, 11));
    Entity brca1 = constructed.entity("T4").orElseThrow();
    Entity cancer = constructed.entity("T3").orElseThrow();
    assertThat(cancer.text()).isEqualTo("BRCA1-mutated breast cancer");
    assertThat(cancer.extent().contains(brca1.extent())).isTrue();
    assertThat(constructed.relations().get(1).arguments())
        .extracting(Argument::ref)
        .containsExactly("T4", "T3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"synthetic-relex.jsonl", "synthetic-relex.csv", "synthetic-relex.tsv"})
  void readingThenWritingGivesTheSameBytes(String name) throws Exception {
    Path golden = GOLDEN.resolve(name);
    Path written = dir.resolve(name);

    Corpus corpus = format.read(golden);
    format.write(corpus.documents(), written);

    assertThat(corpus.problems()).isEmpty();
    assertThat(Files.readString(written)).isEqualTo(Files.readString(golden));
  }

  @ParameterizedTest
  @ValueSource(strings = {"synthetic-relex.csv", "synthetic-relex.tsv"})
  void csvAndTsvHoldTheSameDocumentsAsJsonl(String name) throws Exception {
    List<Document> fromJsonl = format.read(GOLDEN.resolve("synthetic-relex.jsonl")).documents();
    List<Document> fromTable = format.read(GOLDEN.resolve(name)).documents();

    // Only the line numbers differ: a table's first row is on line 2.
    assertThat(withoutRelationInfons(fromTable)).isEqualTo(withoutRelationInfons(fromJsonl));
    assertThat(fromTable.get(0).relations().get(0).infons()).isEqualTo(Infons.of("line", 2));
  }

  @Test
  void rowsMarkingEveryOccurrenceAreWrittenBackWithTheRelationsMentionsOnly() throws Exception {
    Corpus corpus = format.read(GOLDEN.resolve("all-occurrences.jsonl"));
    Path written = dir.resolve("out.jsonl");

    format.write(corpus.documents(), written);

    assertThat(corpus.problems()).isEmpty();
    Document lead = corpus.documents().get(1);
    assertThat(lead.entities())
        .extracting(Entity::text)
        .containsExactly("Succimer", "lead", "cognitive impairment", "lead");
    assertThat(Files.readAllLines(written))
        .extracting(DatasetFormatTest::textOf)
        .containsExactly(
            "Segregation of a M404V mutation of the [E1]p62[/E1]/sequestosome 1 (p62/SQSTM1) gene"
                + " with polyostotic [E2]Paget's disease of bone[/E2] in an Italian family.",
            "Succimer chelation improves learning, attention, and arousal regulation in"
                + " [E1]lead[/E1]-exposed rats but produces lasting [E2]cognitive impairment[/E2] in"
                + " the absence of lead exposure.",
            "[E1]Succimer[/E1] chelation improves learning, attention, and arousal regulation in"
                + " [E2]lead[/E2]-exposed rats but produces lasting cognitive impairment in the"
                + " absence of lead exposure.");
  }

  @Test
  void badRowsAreReportedWithTheirLineAndTheRestIsRead() throws Exception {
    Path file =
        write(
            "bad.jsonl",
            row("d1", "[E1]aspirin[/E1] relieves [E2]pain[/E2].", "treats", "aspirin", "pain"),
            "{\"doc_id\":\"d1\",\"text\":\"[E1]a[/E1] [E2]b[/E2]\",\"label\":\"x\",\"entity1\":\"a\"}",
            row("d1", "aspirin relieves [E2]pain[/E2].", "treats", "aspirin", "pain"),
            row("d1", "[E1]aspirin relieves [E2]pain[/E2].", "treats", "aspirin", "pain"),
            row("d2", "[E1]Aspirin[/E1] relieves [E2]pain[/E2].", "treats", "aspirin", "pain"),
            row("d2", "[E1]aspirin[/E1] relieves [E2]pain[/E2].", "", "aspirin", "pain"),
            "not json at all",
            "",
            row(
                "d3",
                "[E1]ibuprofen[/E1] relieves [E2]fever[/E2].",
                "treats",
                "ibuprofen",
                "fever"));

    Corpus corpus = format.read(file);

    assertThat(corpus.problems())
        .extracting(Problem::line, Problem::severity)
        .containsExactly(
            tuple(2, Problem.Severity.ERROR),
            tuple(3, Problem.Severity.ERROR),
            tuple(4, Problem.Severity.ERROR),
            tuple(5, Problem.Severity.ERROR),
            tuple(6, Problem.Severity.ERROR),
            tuple(7, Problem.Severity.ERROR));
    List<String> described = corpus.problems().stream().map(Problem::describe).toList();
    assertThat(described.subList(0, 5))
        .containsExactly(
            file
                + ":2: document d1: missing columns type1, entity2, type2; row skipped (expected"
                + " \"doc_id, text, label, entity1, type1, entity2, type2\", found nothing)",
            file
                + ":3: document d1: no [E1]…[/E1] in text; row skipped (expected"
                + " \"[E1]entity1[/E1] and [E2]entity2[/E2]\", found \"aspirin relieves"
                + " [E2]pain[/E2].\")",
            file
                + ":4: document d1: malformed markers: [E1] at column 1 is never closed; row"
                + " skipped (expected nothing, found \"[E1]aspirin relieves [E2]pain[/E2].\")",
            file
                + ":5: document d2: entity1 differs from the text marked [E1]; row skipped (expected"
                + " \"aspirin\", found \"Aspirin\")",
            file
                + ":6: document d2: empty label; row skipped (expected \"doc_id, text, label,"
                + " entity1, type1, entity2, type2\", found nothing)");
    assertThat(described.get(5)).startsWith(file + ":7: not a JSON object: Unrecognized token");
    assertThat(corpus.documents()).extracting(Document::id).containsExactly("d1", "d3");
    assertThat(corpus.documents().get(1).relations())
        .singleElement()
        .satisfies(r -> assertThat(r.infons()).isEqualTo(Infons.of("line", 9)));
  }

  @Test
  void csvRowsAreNumberedByTheLineTheyStartOnEvenAfterAQuotedLineBreak() throws Exception {
    Path file =
        write(
            "multi.csv",
            "label,doc_id,text,entity1,type1,entity2,type2,extra",
            "treats,d1,\"[E1]aspirin[/E1] relieves\n[E2]pain[/E2].\",aspirin,Chemical,pain,Disease,x",
            "treats,d1,[E1]ibuprofen[/E1] eases [E2]pain[/E2].,ibuprofen,Chemical,pain",
            "treats,d1,[E1]ibuprofen[/E1] eases [E2]fever[/E2].,ibuprofen,Chemical,fever,Disease");

    Corpus corpus = format.read(file);

    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(4);
              assertThat(p.message()).isEqualTo("missing column type2; row skipped");
            });
    Document document = corpus.documents().get(0);
    assertThat(document.relations())
        .extracting(r -> r.infons().values().get("line"))
        .containsExactly(2, 5);
    assertThat(document.passages().get(0).span().length())
        .isEqualTo("aspirin relieves\npain.".length());
  }

  @Test
  void aCsvHeaderWithoutTheColumnsIsOneProblem() throws Exception {
    Path file = write("other.csv", "id,sentence,relation", "1,a b,none");

    Corpus corpus = format.read(file);

    assertThat(corpus.documents()).isEmpty();
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.message()).startsWith("the header lacks doc_id, text, label, entity1");
              assertThat(p.found()).isEqualTo("id,sentence,relation");
            });
  }

  @Test
  void anUnclosedQuoteStopsTheReadWithAProblemAndKeepsEarlierRows() throws Exception {
    Path file =
        write(
            "open.csv",
            "doc_id,text,label,entity1,type1,entity2,type2",
            "d1,[E1]aspirin[/E1] relieves [E2]pain[/E2].,treats,aspirin,Chemical,pain,Disease",
            "d2,\"[E1]x[/E1] and [E2]y[/E2],none,x,Gene,y,Gene");

    Corpus corpus = format.read(file);

    assertThat(corpus.documents()).extracting(Document::id).containsExactly("d1");
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("malformed CSV after 1 rows"));
  }

  @Test
  void writesOneRowPerBinaryRelationAroundItsMentionsInTheirSentence() throws Exception {
    // BioRED-like: concept-level arguments, a passage split into sentences and one that is not.
    String title = "Aspirin and fever.";
    String text = title + " Fever fell. Aspirin lowered fever, and aspirin\ncalmed pain.";
    Document document =
        new Document(
            "123",
            new org.relexcurator.model.DocumentText(text),
            List.of(
                new org.relexcurator.model.Passage("title", new Span(0, 18)),
                new org.relexcurator.model.Passage(
                    "abstract",
                    new Span(19, text.length()),
                    List.of(Sentence.of(19, 30), Sentence.of(31, text.length())),
                    null)),
            List.of(
                mention("T1", "ChemicalEntity", 0, 7, "D001241"),
                mention("T2", "DiseaseOrPhenotypicFeature", 12, 17, "D005334"),
                mention("T3", "DiseaseOrPhenotypicFeature", 19, 24, "D005334"),
                mention("T4", "ChemicalEntity", 31, 38, "D001241"),
                mention("T5", "DiseaseOrPhenotypicFeature", 47, 52, "D005334"),
                mention("T6", "ChemicalEntity", 58, 65, "D001241"),
                mention("T7", "DiseaseOrPhenotypicFeature", 73, 77, "D010146")),
            List.of(
                relation(
                    "R1", Argument.concept("Arg1", "D001241"), Argument.concept("Arg2", "D010146")),
                relation("R2", Argument.mention("Arg1", "T3"), Argument.mention("Arg2", "T4")),
                relation(
                    "R3", Argument.concept("Arg1", "D001241"), Argument.concept("Arg2", "D005334")),
                new Relation("E1", "Event", List.of(Argument.mention("Theme", "T1")), null),
                relation(
                    "R4", Argument.concept("Arg1", "D999999"), Argument.mention("Arg2", "T1"))),
            null);
    Path csv = dir.resolve("out.csv");

    format.write(List.of(document), csv);

    assertThat(Files.readString(csv))
        .isEqualTo(
            "doc_id,text,label,entity1,type1,entity2,type2\n"
                // R1: the first aspirin and pain mentions that share a sentence
                + "123,\"[E1]Aspirin[/E1] lowered fever, and aspirin\ncalmed [E2]pain[/E2].\",rel,Aspirin,"
                + "ChemicalEntity,pain,DiseaseOrPhenotypicFeature\n"
                // R2: mentions in two sentences, marked in the span covering both
                + "123,\"[E1]Fever[/E1] fell. [E2]Aspirin[/E2] lowered fever, and aspirin\ncalmed pain.\","
                + "rel,Fever,DiseaseOrPhenotypicFeature,Aspirin,ChemicalEntity\n"
                // R3: the title, a passage without sentences, holds the first such pair
                + "123,[E1]Aspirin[/E1] and [E2]fever[/E2].,rel,Aspirin,ChemicalEntity,fever,"
                + "DiseaseOrPhenotypicFeature\n");
  }

  @Test
  void recognisesItsOwnHeadsAndNoOthers() throws Exception {
    Path any = dir.resolve("x");
    assertThat(format.recognize(any, Files.readString(GOLDEN.resolve("synthetic-relex.jsonl"))))
        .isEqualTo(90);
    assertThat(format.recognize(any, Files.readString(GOLDEN.resolve("synthetic-relex.csv"))))
        .isEqualTo(90);
    assertThat(
            format.recognize(
                any, "\uFEFF\"doc_id\"\t\"text\"\tlabel\tentity1\ttype1\t" + "entity2\ttype2\n"))
        .isEqualTo(90);
    assertThat(format.recognize(any, "{\"source\":\"PubTator\",\"documents\":[")).isZero();
    assertThat(format.recognize(any, "14510914|t|Congenital hypothyroidism\n")).isZero();
    assertThat(format.recognize(any, "doc_id,text,label\n")).isZero();
    assertThat(format.recognize(any, "")).isZero();
    assertThat(format.extensions()).containsExactly("jsonl", "csv", "tsv");
  }

  @Test
  void aFolderOrABinaryFileIsUnreadableAndSaysWhich() throws IOException {
    Path binary = dir.resolve("model.jsonl");
    Files.write(binary, new byte[] {'{', 0, 1, 2});

    assertThatThrownBy(() -> format.read(dir))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageStartingWith(dir + ": not a file");
    assertThatThrownBy(() -> format.read(binary))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(binary + ": a binary file, not a dataset");
    assertThatThrownBy(() -> format.read(dir.resolve("missing.csv")))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("missing.csv");
  }

  @Test
  void invalidUtf8IsAWarningAndTheRowsAreStillRead() throws Exception {
    Path file = dir.resolve("latin1.jsonl");
    String line =
        row("d1", "[E1]aspirin[/E1] relieves [E2]pain[/E2] \u00e9.", "treats", "aspirin", "pain");
    Files.write(file, line.getBytes(StandardCharsets.ISO_8859_1));

    Corpus corpus = format.read(file);

    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
              assertThat(p.message()).startsWith("not valid UTF-8");
            });
    assertThat(corpus.documents().get(0).text().value()).isEqualTo("aspirin relieves pain \uFFFD.");
  }

  @Test
  void anEmptyFileHoldsNoDocuments() throws Exception {
    Corpus corpus = format.read(write("empty.jsonl"));

    assertThat(corpus.documents()).isEmpty();
    assertThat(corpus.problems()).isEmpty();
  }

  private static String row(String doc, String text, String label, String e1, String e2) {
    return "{\"doc_id\":\""
        + doc
        + "\",\"text\":\""
        + text
        + "\",\"label\":\""
        + label
        + "\",\"entity1\":\""
        + e1
        + "\",\"type1\":\"Chemical\",\"entity2\":\""
        + e2
        + "\",\"type2\":\"Disease\"}";
  }

  private static Entity mention(String id, String type, int start, int end, String conceptId) {
    return new Entity(id, type, List.of(new Span(start, end)), "", List.of(conceptId), null);
  }

  private static Relation relation(String id, Argument first, Argument second) {
    return new Relation(id, "rel", List.of(first, second), null);
  }

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private static String textOf(String jsonLine) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(jsonLine)
          .get("text")
          .asText();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Document> withoutRelationInfons(List<Document> documents) {
    return documents.stream()
        .map(
            d ->
                d.withRelations(
                    d.relations().stream()
                        .map(r -> new Relation(r.id(), r.type(), r.arguments(), Infons.empty()))
                        .toList()))
        .toList();
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
