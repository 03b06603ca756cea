package org.relexcurator.curation.evaluation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap: draws the reviewed pairs with replacement, each keeping its weight,
 * recomputes the report on every resample, and takes the 2.5th and 97.5th percentiles (linear
 * interpolation between order statistics, as numpy's default). The labels stay those of the full
 * sample, so averages are over the same labels as the point estimate; a label's precision in a
 * resample that never predicts it (or its recall where it never occurs) is undefined and left out
 * of that label's interval rather than counted as 0, which would drag rare labels down.
 */
public final class Bootstrap {

  public static final int DEFAULT_RESAMPLES = 1000;
  public static final long DEFAULT_SEED = 42;

  private static final int PRECISION = 0;
  private static final int RECALL = 1;
  private static final int F1 = 2;

  private final int resamples;
  private final long seed;

  public Bootstrap(int resamples, long seed) {
    if (resamples < 1) {
      throw new IllegalArgumentException("at least one resample: " + resamples);
    }
    this.resamples = resamples;
    this.seed = seed;
  }

  public BootstrapIntervals intervals(List<EvaluatedPair> pairs, List<String> labels) {
    int n = pairs.size();
    int[] gold = new int[n];
    int[] predicted = new int[n];
    double[] weight = new double[n];
    for (int i = 0; i < n; i++) {
      gold[i] = labels.indexOf(pairs.get(i).gold());
      predicted[i] = labels.indexOf(pairs.get(i).predicted());
      weight[i] = pairs.get(i).weight();
    }
    int size = labels.size();
    // [label][metric][resample]; rows size and size + 1 hold the macro and weighted averages.
    double[][][] values = new double[size + 2][3][resamples];
    double[] accuracy = new double[resamples];
    SplittableRandom random = new SplittableRandom(seed);
    for (int r = 0; r < resamples; r++) {
      double[][] counts = new double[size][size];
      for (int k = 0; k < n; k++) {
        int i = random.nextInt(n);
        counts[gold[i]][predicted[i]] += weight[i];
      }
      ConfusionMatrix matrix = ConfusionMatrix.ofCounts(labels, counts);
      ClassificationReport report = ClassificationReport.of(matrix);
      for (int l = 0; l < size; l++) {
        LabelMetrics row = report.labels().get(l);
        boolean predictedAtAll = matrix.predictedTotal(l) > 0;
        boolean occurs = matrix.goldTotal(l) > 0;
        values[l][PRECISION][r] = predictedAtAll ? row.precision() : Double.NaN;
        values[l][RECALL][r] = occurs ? row.recall() : Double.NaN;
        values[l][F1][r] = predictedAtAll || occurs ? row.f1() : Double.NaN;
      }
      put(values[size], r, report.macro());
      put(values[size + 1], r, report.weighted());
      accuracy[r] = report.accuracy();
    }
    Map<String, MetricIntervals> perLabel = new LinkedHashMap<>();
    for (int l = 0; l < size; l++) {
      perLabel.put(labels.get(l), intervals(values[l]));
    }
    return new BootstrapIntervals(
        perLabel,
        intervals(values[size]),
        intervals(values[size + 1]),
        interval(accuracy),
        resamples,
        seed);
  }

  private static void put(double[][] metrics, int resample, LabelMetrics row) {
    metrics[PRECISION][resample] = row.precision();
    metrics[RECALL][resample] = row.recall();
    metrics[F1][resample] = row.f1();
  }

  private static MetricIntervals intervals(double[][] metrics) {
    return new MetricIntervals(
        interval(metrics[PRECISION]), interval(metrics[RECALL]), interval(metrics[F1]));
  }

  static ConfidenceInterval interval(double[] samples) {
    double[] defined = Arrays.stream(samples).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (defined.length == 0) {
      return ConfidenceInterval.UNDEFINED;
    }
    return new ConfidenceInterval(percentile(defined, 0.025), percentile(defined, 0.975));
  }

  /** The q-quantile of sorted values, interpolating linearly between neighbours. */
  static double percentile(double[] sorted, double q) {
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }
}
