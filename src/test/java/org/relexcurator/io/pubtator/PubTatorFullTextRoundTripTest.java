package org.relexcurator.io.pubtator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.Argument;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;

/**
 * A PubTator3 full text (BioC JSON, passages apart by gaps) written as PubTator and read back keeps
 * its passages apart, so its sentences and candidate pairs stay those of the original.
 */
class PubTatorFullTextRoundTripTest {

  @TempDir Path folder;

  private static final CorpusPreparation PREPARATION = CorpusPreparation.standard(MarkerMode.EXACT);

  private static Path fullText() throws Exception {
    return Path.of(
        Objects.requireNonNull(
                PubTatorFullTextRoundTripTest.class.getResource(
                    "/pubtator-shapes/pubtator3-full-text.json"))
            .toURI());
  }

  private static List<Tuple> pairs(PreparedCorpus corpus) {
    return corpus.pairs().stream()
        .map(pair -> tuple(pair.first().extent(), pair.second().extent(), pair.sentence().span()))
        .toList();
  }

  private static List<Tuple> relations(Document document) {
    return document.relations().stream()
        .map(
            relation ->
                tuple(relation.type(), relation.arguments().stream().map(Argument::ref).toList()))
        .toList();
  }

  @Test
  void fullTextWrittenAsPubTatorReadsBackWithTheSameEntitiesSentencesAndPairs() throws Exception {
    Corpus original = FormatRegistry.standard().read(fullText());
    Path written = folder.resolve("full-text.PubTator");

    List<?> losses = new PubTatorFormat().writeReportingLosses(original.documents(), written);
    Corpus back = new PubTatorFormat().read(written);

    assertThat(original.format()).isEqualTo("bioc-json");
    assertThat(losses).isEmpty();
    assertThat(back.problems()).isEmpty();
    Document before = original.documents().get(0);
    Document after = back.documents().get(0);
    assertThat(after.text()).isEqualTo(before.text());
    assertThat(after.passages()).hasSameSizeAs(before.passages());
    assertThat(after.entities())
        .extracting(Entity::spans, Entity::text, Entity::type)
        .containsExactlyElementsOf(
            before.entities().stream().map(e -> tuple(e.spans(), e.text(), e.type())).toList());
    assertThat(relations(after)).isEqualTo(relations(before));
    PreparedCorpus pairedBefore = PREPARATION.prepare(original);
    PreparedCorpus pairedAfter = PREPARATION.prepare(back);
    assertThat(pairedAfter.documents().get(0).sentenceCount())
        .isEqualTo(pairedBefore.documents().get(0).sentenceCount());
    assertThat(pairedBefore.pairs()).isNotEmpty();
    assertThat(pairs(pairedAfter)).isEqualTo(pairs(pairedBefore));
  }

  @Test
  void headingWithoutFullStopStaysOutOfTheNextParagraphsSentences() throws Exception {
    Path written = folder.resolve("full-text.PubTator");
    new PubTatorFormat().write(FormatRegistry.standard().read(fullText()).documents(), written);

    PreparedCorpus back = PREPARATION.prepare(new PubTatorFormat().read(written));

    Document document = back.documents().get(0);
    assertThat(back.pairs())
        .extracting(CandidatePair::sentence)
        .extracting(document::sentenceText)
        .doesNotContain(
            "DACH1 associates with p53 Cisplatin treatment raised DACH1 levels in"
                + " MCF-7 cells.")
        .contains("DACH1 associates with p53");
  }
}
