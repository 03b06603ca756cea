package org.relexcurator.curation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.relexcurator.curation.evaluation.Pairs.evaluated;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReliabilityDiagramTest {

  @Test
  void eceIsTheMassWeightedGapBetweenAccuracyAndConfidence() {
    // Band 0.7–0.8: confidences 0.7 and 0.76, mean 0.73, one of two right: |0.5 − 0.73| = 0.23.
    // Band 0.9–1.0: 0.95 and 1.0 (1.0 falls in the last band), mean 0.975, both right: 0.025.
    // Band 0.3–0.4: 0.35, wrong: |0 − 0.35| = 0.35.
    // ECE = 2/5 · 0.23 + 2/5 · 0.025 + 1/5 · 0.35 = 0.092 + 0.01 + 0.07 = 0.172.
    List<EvaluatedPair> pairs =
        List.of(
            evaluated("a", "a", 0.7),
            evaluated("a", "b", 0.76),
            evaluated("b", "b", 0.95),
            evaluated("a", "a", 1.0),
            evaluated("b", "a", 0.35));

    ReliabilityDiagram diagram = ReliabilityDiagram.of(pairs);

    assertThat(diagram.expectedCalibrationError()).isCloseTo(0.172, within(1e-12));
    assertThat(diagram.bins()).hasSize(10);
    ReliabilityBin band = diagram.bins().get(7);
    assertThat(band.lower()).isEqualTo(0.7);
    assertThat(band.count()).isEqualTo(2);
    assertThat(band.meanConfidence()).isCloseTo(0.73, within(1e-12));
    assertThat(band.accuracy()).isEqualTo(0.5);
    assertThat(band.gap()).isCloseTo(-0.23, within(1e-12));
    assertThat(diagram.bins().get(9).count()).isEqualTo(2);
    assertThat(diagram.bins().get(0).isEmpty()).isTrue();
    assertThat(diagram.bins().get(0).accuracy()).isNaN();
  }

  @Test
  void weightsSetEachBandsMass() {
    // Weighted 3:1, the right pair dominates band 0.6–0.7: accuracy 0.75, confidence 0.6.
    List<EvaluatedPair> pairs =
        List.of(new EvaluatedPair("a", "a", 0.6, 3, "s"), new EvaluatedPair("a", "b", 0.6, 1, "s"));

    ReliabilityDiagram diagram = ReliabilityDiagram.of(pairs);

    assertThat(diagram.bins().get(6).accuracy()).isEqualTo(0.75);
    assertThat(diagram.bins().get(6).mass()).isEqualTo(4);
    assertThat(diagram.expectedCalibrationError()).isCloseTo(0.15, within(1e-12));
  }

  @Test
  void aPerfectlyCalibratedModelHasZeroEce() {
    List<EvaluatedPair> pairs =
        List.of(
            evaluated("a", "a", 0.5),
            evaluated("a", "b", 0.5),
            evaluated("b", "b", 0.5),
            evaluated("b", "a", 0.5));

    assertThat(ReliabilityDiagram.of(pairs).expectedCalibrationError()).isZero();
  }
}
