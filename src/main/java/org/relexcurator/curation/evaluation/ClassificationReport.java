package org.relexcurator.curation.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Per-label precision, recall, F1 and support with macro and weighted averages, as scikit-learn's
 * {@code classification_report} computes them (the model card's table was made with it): a ratio
 * with a zero denominator is 0, support is the gold count, the macro average is the plain mean over
 * the labels, and the weighted average weighs each label by its support.
 */
public record ClassificationReport(
    List<LabelMetrics> labels,
    LabelMetrics macro,
    LabelMetrics weighted,
    double accuracy,
    double total) {

  public static final String MACRO = "macro avg";
  public static final String WEIGHTED = "weighted avg";

  public ClassificationReport {
    labels = List.copyOf(labels);
  }

  public static ClassificationReport of(ConfusionMatrix matrix) {
    List<LabelMetrics> rows = new ArrayList<>();
    double total = matrix.total();
    double[] sums = new double[3];
    double[] weightedSums = new double[3];
    for (int i = 0; i < matrix.labels().size(); i++) {
      double truePositives = matrix.count(i, i);
      double support = matrix.goldTotal(i);
      double precision = ratio(truePositives, matrix.predictedTotal(i));
      double recall = ratio(truePositives, support);
      double f1 = ratio(2 * truePositives, matrix.predictedTotal(i) + support);
      rows.add(new LabelMetrics(matrix.labels().get(i), precision, recall, f1, support));
      double[] values = {precision, recall, f1};
      for (int m = 0; m < 3; m++) {
        sums[m] += values[m];
        weightedSums[m] += values[m] * support;
      }
    }
    int n = rows.size();
    LabelMetrics macro =
        new LabelMetrics(MACRO, ratio(sums[0], n), ratio(sums[1], n), ratio(sums[2], n), total);
    LabelMetrics weighted =
        new LabelMetrics(
            WEIGHTED,
            ratio(weightedSums[0], total),
            ratio(weightedSums[1], total),
            ratio(weightedSums[2], total),
            total);
    return new ClassificationReport(rows, macro, weighted, ratio(matrix.correct(), total), total);
  }

  public Optional<LabelMetrics> label(String label) {
    return labels.stream().filter(row -> row.label().equals(label)).findFirst();
  }

  static double ratio(double numerator, double denominator) {
    return denominator == 0 ? 0 : numerator / denominator;
  }
}
