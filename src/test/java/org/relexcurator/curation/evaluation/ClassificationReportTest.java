package org.relexcurator.curation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.relexcurator.curation.evaluation.Pairs.evaluated;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationReportTest {

  @Test
  void aLabelOnlyPredictedHasZeroSupportAndZeroScoresAndCountsInTheMacroAverage() {
    // sklearn: classification_report(["a","a","b"], ["a","c","b"]) gives c precision 0 (0/1),
    // recall 0 (0/0 -> 0), F1 0, support 0, and a macro average over a, b and c.
    List<EvaluatedPair> pairs =
        List.of(evaluated("a", "a", 0.9), evaluated("a", "c", 0.9), evaluated("b", "b", 0.9));

    ClassificationReport report = ClassificationReport.of(ConfusionMatrix.of(pairs, List.of()));

    assertThat(report.labels()).extracting(LabelMetrics::label).containsExactly("a", "b", "c");
    LabelMetrics c = report.label("c").orElseThrow();
    assertThat(c.precision()).isZero();
    assertThat(c.recall()).isZero();
    assertThat(c.f1()).isZero();
    assertThat(c.support()).isZero();
    assertThat(report.macro().precision()).isCloseTo((1 + 1 + 0) / 3.0, within(1e-12));
    assertThat(report.macro().recall()).isCloseTo((0.5 + 1 + 0) / 3.0, within(1e-12));
    assertThat(report.weighted().recall()).isCloseTo((2 * 0.5 + 1) / 3.0, within(1e-12));
  }

  @Test
  void labelsFollowTheModelsOrderThenTheUnknownOnesAlphabetically() {
    List<EvaluatedPair> pairs =
        List.of(
            evaluated("none", "treats", 0.9),
            evaluated("CID", "none", 0.9),
            evaluated("Bind", "causes", 0.9));

    ConfusionMatrix matrix =
        ConfusionMatrix.of(pairs, List.of("causes", "none", "prevents", "treats"));

    assertThat(matrix.labels()).containsExactly("causes", "none", "treats", "Bind", "CID");
  }

  @Test
  void weightedPairsAddTheirWeightsToTheMatrix() {
    List<EvaluatedPair> pairs =
        List.of(
            new EvaluatedPair("a", "a", 0.9, 2.5, "s"),
            new EvaluatedPair("a", "b", 0.9, 0.5, "s"),
            new EvaluatedPair("b", "b", 0.9, 1, "s"));

    ConfusionMatrix matrix = ConfusionMatrix.of(pairs, List.of());
    ClassificationReport report = ClassificationReport.of(matrix);

    assertThat(matrix.count("a", "a")).isEqualTo(2.5);
    assertThat(report.label("a").orElseThrow().support()).isEqualTo(3.0);
    assertThat(report.label("a").orElseThrow().recall()).isCloseTo(2.5 / 3, within(1e-12));
    assertThat(report.label("b").orElseThrow().precision()).isCloseTo(1 / 1.5, within(1e-12));
    assertThat(report.accuracy()).isCloseTo(3.5 / 4, within(1e-12));
  }
}
