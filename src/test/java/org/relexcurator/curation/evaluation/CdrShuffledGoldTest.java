package org.relexcurator.curation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.TestData;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.io.dataset.PairJsonlWriter;
import org.relexcurator.io.dataset.PairRow;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;

/**
 * The acceptance check on real gold: the first 100 abstracts of BioCreative V CDR's development
 * set, every Chemical → Disease candidate pair labelled {@code CID} where the corpus states the
 * relation and {@code none} otherwise. Scored against itself, every number is 1. Scored against a
 * copy whose labels are randomly permuted, CID is predicted for exactly as many pairs as carry it
 * (K of N), and the number of those that hit a gold CID pair is hypergeometric with mean K²/N, so
 * CID precision = recall = F1 have expectation K/N, the prevalence.
 */
class CdrShuffledGoldTest {

  private static final long SHUFFLE_SEED = 20240917L;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;

  private static List<PairRow> rows;
  private static List<String> gold;

  @BeforeAll
  static void prepareCdrPairs() {
    Path cdr = TestData.path("cdr/CDR_DevelopmentSet-first100.PubTator.txt");
    CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);
    PreparedCorpus corpus;
    try {
      corpus = preparation.prepare(cdr);
    } catch (Exception e) {
      throw new AssertionError("CDR development set unreadable", e);
    }
    rows =
        preparation.rows(corpus).stream()
            .filter(row -> row.type1().equals("Chemical") && row.type2().equals("Disease"))
            .toList();
    gold = rows.stream().map(row -> row.label() == null ? "none" : row.label()).toList();
  }

  /** Writes the pairs as a curated-pairs export whose predictions are the given labels. */
  private static Path export(String name, List<String> predicted) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      ObjectNode line = PairJsonlWriter.toJson(rows.get(i));
      line.put("label", gold.get(i));
      ObjectNode prediction = line.putObject("prediction");
      prediction.put("label", predicted.get(i));
      prediction.put("score", 1.0);
      ObjectNode scores = prediction.putObject("scores");
      scores.put("CID", predicted.get(i).equals("CID") ? 1.0 : 0.0);
      scores.put("none", predicted.get(i).equals("none") ? 1.0 : 0.0);
      ObjectNode model = line.putObject("model");
      model.put("name", name);
      model.put("fingerprint", "none");
      model.put("test_model", false);
      line.putNull("curation");
      lines.append(JSON.writeValueAsString(line)).append('\n');
    }
    Path file = temp.resolve(name + ".jsonl");
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static EvaluationReport evaluate(Path file) throws Exception {
    CuratedPairs pairs = CuratedPairsReader.read(file);
    assertThat(pairs.problems()).isEmpty();
    return Evaluation.of(pairs, EvaluationSettings.defaults());
  }

  @Test
  void goldAgainstItselfScoresOneEverywhere() throws Exception {
    EvaluationReport report = evaluate(export("gold-copy", gold));

    assertThat(report.classification().label("CID").orElseThrow().f1()).isEqualTo(1.0);
    assertThat(report.classification().macro().f1()).isEqualTo(1.0);
    assertThat(report.classification().accuracy()).isEqualTo(1.0);
    assertThat(report.bootstrap().orElseThrow().row("CID").f1())
        .isEqualTo(new ConfidenceInterval(1, 1));
  }

  @Test
  void shuffledLabelsDropCidF1ToItsPrevalence() throws Exception {
    List<String> shuffled = new ArrayList<>(gold);
    Collections.shuffle(shuffled, new Random(SHUFFLE_SEED));
    double n = gold.size();
    double k = Collections.frequency(gold, "CID");
    double prevalence = k / n;
    // Hits X ~ Hypergeometric(N, K, K), F1 = X/K,
    // var X = K · (K/N) · ((N−K)/N) · ((N−K)/(N−1)).
    double sd = Math.sqrt(k * (k / n) * ((n - k) / n) * ((n - k) / (n - 1))) / k;

    EvaluationReport report = evaluate(export("shuffled-gold", shuffled));

    LabelMetrics cid = report.classification().label("CID").orElseThrow();
    ConfidenceInterval interval = report.bootstrap().orElseThrow().row("CID").f1();
    // Enough CID pairs for the statistics below. Counted independently of this code (mention
    // pairs in one sentence of a naive split, labelled by the file's CID lines): 385 of 1,043.
    assertThat(k).as("the CDR slice has CID pairs").isGreaterThan(300);
    assertThat(cid.precision()).isCloseTo(cid.recall(), within(1e-12));
    // Four standard deviations of the permutation's own randomness: a correct evaluation misses
    // this band with probability below 1e-4, whatever the seed. (Measured with this seed: 1,037
    // pairs, 385 CID, prevalence 0.3713, sd 0.0195; shuffled CID F1 0.3792, 0.4 sd high, 95% CI
    // 0.3356–0.4203. Whether the CI holds the prevalence is itself a 95% event, so it is not
    // asserted.)
    assertThat(cid.f1()).isCloseTo(prevalence, within(4 * sd));
    assertThat(interval.contains(cid.f1())).isTrue();
    assertThat(interval.upper()).as("far below the F1 of 1 against itself").isLessThan(0.5);
  }
}
