package org.relexcurator.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Sentence;
import org.relexcurator.model.Span;

class PairJsonlWriterTest {

  @TempDir Path dir;

  @Test
  void writesTheDatasetColumnsThenOffsetsIdsAndSourceTypes() throws Exception {
    String text = "Title. \uD835\uDEFC-Synuclein and ovarian or breast cancers.";
    Document document =
        new Document(
            "PMID1",
            new DocumentText(text),
            List.of(new Passage("abstract", new Span(0, 49))),
            List.of(),
            List.of(),
            null);
    Entity gene =
        new Entity(
            "T1",
            "GeneOrGeneProduct",
            List.of(new Span(7, 18)),
            "\uD835\uDEFC-Synuclein",
            List.of("6622"),
            null);
    Entity disease =
        new Entity(
            "T2",
            "DiseaseOrPhenotypicFeature",
            List.of(new Span(23, 30), new Span(41, 48)),
            "ovarian cancers",
            List.of("D010051", "D001943"),
            null);
    CandidatePair pair = new CandidatePair("PMID1", Sentence.of(7, 49), gene, disease, false);
    String marked = "[E1]\uD835\uDEFC-Synuclein[/E1] and [E2]ovarian or breast cancers[/E2].";
    Path file = dir.resolve("pairs.jsonl");

    PairJsonlWriter.write(
        List.of(
            PairRow.of(document, pair, marked, "Gene", "Disease", null, "exact"),
            PairRow.of(document, pair.reversed(), "x", "Disease", "Gene", "none", "exact")),
        file);

    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .isEqualTo(
            "{\"doc_id\":\"PMID1\","
                + "\"text\":\"[E1]\uD835\uDEFC-Synuclein[/E1] and [E2]ovarian or breast cancers[/E2].\","
                + "\"label\":null,\"entity1\":\"\uD835\uDEFC-Synuclein\",\"type1\":\"Gene\","
                + "\"entity2\":\"ovarian or breast cancers\",\"type2\":\"Disease\","
                + "\"sentence_start\":7,\"sentence_end\":49,"
                + "\"e1_id\":\"T1\",\"e1_spans\":[[7,18]],\"e1_ids\":[\"6622\"],"
                + "\"e2_id\":\"T2\",\"e2_spans\":[[23,30],[41,48]],\"e2_ids\":[\"D010051\",\"D001943\"],"
                + "\"type1_source\":\"GeneOrGeneProduct\",\"type2_source\":\"DiseaseOrPhenotypicFeature\","
                + "\"markers\":\"exact\"}");
    assertThat(lines.get(1))
        .contains(
            "\"label\":\"none\"",
            "\"e1_id\":\"T2\"",
            "\"type1_source\":\"DiseaseOrPhenotypicFeature\"");
  }

  @Test
  void pairFilesReadAsDatasetsWhenEveryPairHasALabel() throws Exception {
    Document document =
        new Document(
            "d",
            new DocumentText("Aspirin relieves pain."),
            List.of(new Passage("sentence", new Span(0, 22))),
            List.of(),
            List.of(),
            null);
    Entity drug = new Entity("T1", "Chemical", List.of(new Span(0, 7)), "Aspirin", List.of(), null);
    Entity pain = new Entity("T2", "Disease", List.of(new Span(17, 21)), "pain", List.of(), null);
    CandidatePair pair = new CandidatePair("d", Sentence.of(0, 22), drug, pain, false);
    Path file = dir.resolve("pairs.jsonl");

    PairJsonlWriter.write(
        List.of(
            PairRow.of(
                document,
                pair,
                "[E1]Aspirin[/E1] relieves [E2]pain[/E2].",
                "Chemical",
                "Disease",
                "treats",
                "exact")),
        file);
    Corpus corpus = new DatasetFormat().read(file);

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.documents().get(0).relations().get(0).type()).isEqualTo("treats");
    assertThat(corpus.documents().get(0).text().value()).isEqualTo("Aspirin relieves pain.");
  }
}
