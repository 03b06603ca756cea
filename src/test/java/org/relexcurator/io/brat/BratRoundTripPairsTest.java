package org.relexcurator.io.brat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.io.pubtator.PubTatorFormat;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Corpus;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;

/**
 * A PubTator corpus written as brat and read back gives the same candidate pairs: the NCBI disease
 * test set gave 1,134 pairs as PubTator and 1,140 after the trip while brat kept only one passage
 * per document (src/test/resources/brat-shapes/ncbi-disease-pubtator).
 */
class BratRoundTripPairsTest {

  private static final Path PUBTATOR =
      Path.of("src/test/resources/brat-shapes/ncbi-disease-pubtator/ncbi-shaped.PubTator");

  private final CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);

  @TempDir Path out;

  /** A pair as the model sees it: document, sentence and both mentions with their texts. */
  private static List<String> described(PreparedCorpus prepared) {
    return prepared.pairs().stream().map(BratRoundTripPairsTest::describe).sorted().toList();
  }

  private static String describe(CandidatePair pair) {
    return pair.documentId()
        + " "
        + pair.sentence().span()
        + " "
        + pair.first().spans()
        + " "
        + pair.first().text()
        + " | "
        + pair.second().spans()
        + " "
        + pair.second().text()
        + " "
        + pair.first().conceptIds()
        + " "
        + pair.second().conceptIds();
  }

  @Test
  void pubTatorWrittenAsBratAndReadBackGivesTheSamePairs() throws Exception {
    Corpus pubTator = new PubTatorFormat().read(PUBTATOR);
    new BratFormat().write(pubTator.documents(), out);
    Corpus brat = new BratFormat().read(out);

    List<String> before = described(preparation.prepare(pubTator));
    List<String> after = described(preparation.prepare(brat));

    assertThat(brat.problems()).isEmpty();
    assertThat(before).hasSize(26);
    assertThat(after).isEqualTo(before);
  }

  @Test
  void aTitleGoesOnALineOfItsOwnSoThatItNeverRunsIntoTheAbstract() throws Exception {
    Corpus pubTator = new PubTatorFormat().read(PUBTATOR);
    new BratFormat().write(pubTator.documents(), out);

    assertThat(Files.readString(out.resolve("1001.txt")))
        .startsWith(
            "Severe von Willebrand disease in a mouse model: bleeding and thrombosis.\n"
                + "von Willebrand factor deficiency");
    assertThat(Files.readString(out.resolve("1002.txt")))
        .startsWith("Seizures and folic acid deficiency in epilepsy (a case series)\nOBJECTIVE:");
    assertThat(new BratFormat().read(out).documents().get(0).passages())
        .extracting(p -> p.span().start())
        .containsExactly(0, 73);
  }
}
