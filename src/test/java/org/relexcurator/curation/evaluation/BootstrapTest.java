package org.relexcurator.curation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  private static final List<String> LABELS = List.of("causes", "none", "treats");

  private static List<EvaluatedPair> sample() {
    return SampleWeighting.weigh(
            new Pairs()
                .add(30, "causes", "causes", 0.9)
                .add(10, "causes", "none", 0.6)
                .add(50, "none", "none", 0.9)
                .add(8, "none", "treats", 0.5)
                .add(20, "treats", "treats", 0.8)
                .add(5, "treats", "causes", 0.4)
                .list(),
            Weighting.NONE)
        .pairs();
  }

  @Test
  void everyIntervalContainsItsPointEstimate() {
    ClassificationReport point = ClassificationReport.of(ConfusionMatrix.of(sample(), LABELS));

    BootstrapIntervals intervals = new Bootstrap(1000, 7).intervals(sample(), LABELS);

    for (LabelMetrics row : point.labels()) {
      MetricIntervals interval = intervals.row(row.label());
      assertThat(interval.precision().contains(row.precision())).as(row.label()).isTrue();
      assertThat(interval.recall().contains(row.recall())).as(row.label()).isTrue();
      assertThat(interval.f1().contains(row.f1())).as(row.label()).isTrue();
    }
    assertThat(intervals.macro().f1().contains(point.macro().f1())).isTrue();
    assertThat(intervals.weighted().precision().contains(point.weighted().precision())).isTrue();
    assertThat(intervals.accuracy().contains(point.accuracy())).isTrue();
    assertThat(intervals.accuracy().upper() - intervals.accuracy().lower())
        .as("a sample of 123 pairs leaves real uncertainty")
        .isBetween(0.05, 0.3);
  }

  @Test
  void theSameSeedGivesTheSameIntervalsAndAnotherSeedOthers() {
    BootstrapIntervals first = new Bootstrap(200, 11).intervals(sample(), LABELS);
    BootstrapIntervals again = new Bootstrap(200, 11).intervals(sample(), LABELS);
    BootstrapIntervals other = new Bootstrap(200, 12).intervals(sample(), LABELS);

    assertThat(again).isEqualTo(first);
    assertThat(other.labels()).isNotEqualTo(first.labels());
  }

  @Test
  void weightsTravelWithTheResampledPairs() {
    // One heavy correct pair among light wrong ones: weighted accuracy is 10/14 ≈ 0.71; had the
    // weights been dropped, every resample's accuracy would be at most 1/5.
    List<EvaluatedPair> pairs =
        List.of(
            new EvaluatedPair("a", "a", 0.9, 10, "s"),
            new EvaluatedPair("a", "b", 0.9, 1, "s"),
            new EvaluatedPair("b", "a", 0.9, 1, "s"),
            new EvaluatedPair("a", "b", 0.9, 1, "s"),
            new EvaluatedPair("b", "a", 0.9, 1, "s"));

    BootstrapIntervals intervals = new Bootstrap(500, 3).intervals(pairs, List.of("a", "b"));

    assertThat(intervals.accuracy().contains(10.0 / 14)).isTrue();
    assertThat(intervals.accuracy().upper()).isGreaterThan(0.8);
  }

  @Test
  void percentilesInterpolateBetweenOrderStatisticsLikeNumpy() {
    double[] sorted = {1, 2, 3, 4, 5};

    // numpy.percentile([1,2,3,4,5], [2.5, 97.5]) == [1.1, 4.9]
    assertThat(Bootstrap.percentile(sorted, 0.025)).isCloseTo(1.1, within(1e-12));
    assertThat(Bootstrap.percentile(sorted, 0.975)).isCloseTo(4.9, within(1e-12));
  }

  @Test
  void aMetricNoResampleDefinesHasNoInterval() {
    double[] undefined = {Double.NaN, Double.NaN};

    assertThat(Bootstrap.interval(undefined).isDefined()).isFalse();
    assertThat(Bootstrap.interval(new double[] {Double.NaN, 0.5, 0.7}))
        .isEqualTo(new ConfidenceInterval(0.505, 0.695));
  }
}
