package org.relexcurator.curation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SampleWeightingTest {

  /**
   * 1,000 predicted pairs in four strata plus 50 in a fifth. Hidden truth per stratum (gold counts
   * of the whole stratum) and what an uncertainty-sorted queue with a few spot checks of confident
   * pairs had curators review:
   *
   * <pre>
   * stratum                  N    truth (gold)             reviewed (gold)
   * treats | 0.8–1.0       400    380 treats, 20 none      20: 19 treats, 1 none
   * none   | 0.8–1.0       400    380 none,   20 treats    20: 19 none,   1 treats
   * treats | 0.4–0.6       100     50 treats, 50 none      50: 25 treats, 25 none
   * none   | 0.4–0.6       100     60 none,   40 treats    50: 30 none,   20 treats
   * treats | 0.2–0.4        50    (unknown)                 0
   * </pre>
   *
   * Over the first four strata the truth is: accuracy (380+380+50+60)/1000 = 0.87, treats precision
   * 430/500 = 0.86, treats recall 430/(430+60) = 430/490. Plain counts over the 140 reviewed pairs,
   * half of them from the uncertain strata, give accuracy 93/140 ≈ 0.66.
   */
  private static Pairs biasedReview() {
    return new Pairs()
        .add(19, "treats", "treats", 0.95)
        .add(1, "none", "treats", 0.95)
        .add(380, null, "treats", 0.95)
        .add(19, "none", "none", 0.95)
        .add(1, "treats", "none", 0.95)
        .add(380, null, "none", 0.95)
        .add(25, "treats", "treats", 0.5)
        .add(25, "none", "treats", 0.5)
        .add(50, null, "treats", 0.5)
        .add(30, "none", "none", 0.5)
        .add(20, "treats", "none", 0.5)
        .add(50, null, "none", 0.5)
        .add(50, null, "treats", 0.3);
  }

  @Test
  void postStratificationRecoversThePopulationFiguresThatPlainCountsMiss() {
    EvaluationSettings settings = new EvaluationSettings(Weighting.POST_STRATIFIED, 0, 1);

    EvaluationReport report = Evaluation.of(biasedReview().file(), settings);

    ClassificationReport metrics = report.classification();
    assertThat(metrics.accuracy()).isCloseTo(0.87, within(1e-9));
    LabelMetrics treats = metrics.label("treats").orElseThrow();
    assertThat(treats.precision()).isCloseTo(0.86, within(1e-9));
    assertThat(treats.recall()).isCloseTo(430.0 / 490, within(1e-9));
    assertThat(treats.support()).isCloseTo(490, within(1e-9));
    assertThat(report.matrix().count("none", "treats")).isCloseTo(70, within(1e-9));
    assertThat(report.plainCounts()).isFalse();
  }

  @Test
  void plainCountsOfAnUncertaintySortedReviewAreBiasedAndTheReportSaysSo() {
    EvaluationSettings settings = new EvaluationSettings(Weighting.NONE, 0, 1);

    EvaluationReport report = Evaluation.of(biasedReview().file(), settings);

    assertThat(report.classification().accuracy()).isCloseTo(93.0 / 140, within(1e-9));
    assertThat(report.classification().label("treats").orElseThrow().precision())
        .isCloseTo(44.0 / 70, within(1e-9));
    assertThat(report.plainCounts()).isTrue();
    assertThat(report.notes())
        .anySatisfy(
            note ->
                assertThat(note)
                    .contains("Plain counts of 140 reviewed of 1050 predicted pairs")
                    .contains("uncertainty-sorted queue"));
  }

  @Test
  void eachReviewedPairWeighsItsStratumOverItsReviewedCount() {
    WeightedSample sample = SampleWeighting.weigh(biasedReview().list(), Weighting.POST_STRATIFIED);

    assertThat(sample.pairs()).hasSize(140);
    assertThat(sample.pairs())
        .filteredOn(p -> p.confidence() == 0.95)
        .extracting(EvaluatedPair::weight)
        .containsOnly(20.0);
    assertThat(sample.pairs())
        .filteredOn(p -> p.confidence() == 0.5)
        .extracting(EvaluatedPair::weight)
        .containsOnly(2.0);
    assertThat(sample.pairs().get(0).stratum()).isEqualTo("treats | 0.8–1.0");
  }

  @Test
  void strataWithoutAReviewedPairAreCountedAndNamedInTheReport() {
    EvaluationSettings settings = new EvaluationSettings(Weighting.POST_STRATIFIED, 0, 1);

    EvaluationReport report = Evaluation.of(biasedReview().file(), settings);

    WeightingSummary summary = report.weighting();
    assertThat(summary.population()).isEqualTo(1050);
    assertThat(summary.reviewed()).isEqualTo(140);
    assertThat(summary.strata()).isEqualTo(5);
    assertThat(summary.strataWithoutReview()).isEqualTo(1);
    assertThat(summary.pairsWithoutReview()).isEqualTo(50);
    assertThat(report.classification().accuracy()).isLessThan(1);
    assertThat(report.notes())
        .anySatisfy(
            note ->
                assertThat(note)
                    .startsWith("1 of 5 strata (50 of 1050 predicted pairs) have no reviewed pair")
                    .contains("cannot be estimated"));
  }

  @Test
  void withoutUnreviewedPairsEveryWeightIsOne() {
    Pairs reviewedOnly =
        new Pairs()
            .add(3, "treats", "treats", 0.95)
            .add(1, "none", "treats", 0.4)
            .add(2, "none", "none", 0.7);

    WeightedSample sample = SampleWeighting.weigh(reviewedOnly.list(), Weighting.POST_STRATIFIED);

    assertThat(sample.pairs()).extracting(EvaluatedPair::weight).containsOnly(1.0);
    assertThat(sample.summary().isSample()).isFalse();
  }
}
