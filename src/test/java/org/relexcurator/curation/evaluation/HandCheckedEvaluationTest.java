package org.relexcurator.curation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand computation of src/test/resources/.../evaluation/README.md, to 1e-9. */
class HandCheckedEvaluationTest {

  private static final Offset<Double> EXACT = within(1e-9);

  private static EvaluationReport report;

  static Path handCheckedFile() throws URISyntaxException {
    return Path.of(HandCheckedEvaluationTest.class.getResource("hand-checked-gold.jsonl").toURI());
  }

  @BeforeAll
  static void evaluate() throws Exception {
    report =
        Evaluation.of(CuratedPairsReader.read(handCheckedFile()), EvaluationSettings.defaults());
  }

  @Test
  void confusionMatrixHasTheHandCountsInTheModelsLabelOrder() {
    ConfusionMatrix matrix = report.matrix();

    assertThat(matrix.labels()).containsExactly("causes", "none", "treats");
    double[][] expected = {{4, 2, 1}, {1, 6, 1}, {0, 2, 3}};
    for (int gold = 0; gold < 3; gold++) {
      for (int predicted = 0; predicted < 3; predicted++) {
        assertThat(matrix.count(gold, predicted))
            .as("%d,%d", gold, predicted)
            .isEqualTo(expected[gold][predicted]);
      }
    }
    assertThat(matrix.total()).isEqualTo(20);
  }

  @Test
  void perLabelMetricsMatchTheHandComputation() {
    ClassificationReport metrics = report.classification();

    assertRow(metrics.labels().get(0), "causes", 0.8, 4.0 / 7, 2.0 / 3, 7);
    assertRow(metrics.labels().get(1), "none", 0.6, 0.75, 2.0 / 3, 8);
    assertRow(metrics.labels().get(2), "treats", 0.6, 0.6, 0.6, 5);
  }

  @Test
  void averagesAndAccuracyMatchTheHandComputation() {
    ClassificationReport metrics = report.classification();

    assertRow(metrics.macro(), "macro avg", 2.0 / 3, 269.0 / 420, 29.0 / 45, 20);
    assertRow(metrics.weighted(), "weighted avg", 0.67, 0.65, 0.65, 20);
    assertThat(metrics.accuracy()).isCloseTo(0.65, EXACT);
  }

  @Test
  void reliabilityAndEceMatchTheHandComputation() {
    ReliabilityDiagram reliability = report.reliability();

    assertThat(reliability.expectedCalibrationError()).isCloseTo(0.24, EXACT);
    ReliabilityBin high = reliability.bins().get(9);
    assertThat(high.count()).isEqualTo(13);
    assertThat(high.meanConfidence()).isCloseTo(0.9, EXACT);
    assertThat(high.accuracy()).isEqualTo(1.0);
    ReliabilityBin middle = reliability.bins().get(5);
    assertThat(middle.count()).isEqualTo(7);
    assertThat(middle.accuracy()).isEqualTo(0.0);
    assertThat(reliability.bins().stream().filter(ReliabilityBin::isEmpty)).hasSize(8);
  }

  @Test
  void theGoldPairWithoutPredictionIsCountedOutAndEveryWeightIsOne() {
    assertThat(report.goldWithoutPrediction()).isEqualTo(1);
    assertThat(report.weighting().population()).isEqualTo(20);
    assertThat(report.weighting().reviewed()).isEqualTo(20);
    assertThat(report.plainCounts()).isTrue();
    assertThat(report.testModel()).isFalse();
    assertThat(report.problems()).isEmpty();
  }

  @Test
  void cardRowsSitBesideOursWithTheirDifference() {
    ComparedRow causes = report.card().rows().get(0);

    assertThat(causes.label()).isEqualTo("causes");
    assertThat(causes.card().precision()).isEqualTo(0.667);
    assertThat(causes.precisionDifference()).isCloseTo(0.8 - 0.667, EXACT);
    ComparedRow macro = report.card().rows().get(3);
    assertThat(macro.label()).isEqualTo("macro avg");
    assertThat(macro.card().f1()).isEqualTo(0.489);
    assertThat(report.card().rows()).hasSize(5);
  }

  private static void assertRow(
      LabelMetrics row, String label, double precision, double recall, double f1, double support) {
    assertThat(row.label()).isEqualTo(label);
    assertThat(row.precision()).as("%s precision", label).isCloseTo(precision, EXACT);
    assertThat(row.recall()).as("%s recall", label).isCloseTo(recall, EXACT);
    assertThat(row.f1()).as("%s F1", label).isCloseTo(f1, EXACT);
    assertThat(row.support()).as("%s support", label).isEqualTo(support);
  }
}
