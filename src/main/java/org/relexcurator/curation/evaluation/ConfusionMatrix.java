package org.relexcurator.curation.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Weighted counts of gold label (rows) against predicted label (columns). The labels are those that
 * occur as gold or as prediction, in the model's label order where it knows them and alphabetically
 * after those where it does not (a corpus label such as CDR's {@code CID}).
 */
public final class ConfusionMatrix {

  private final List<String> labels;
  private final double[][] counts;

  private ConfusionMatrix(List<String> labels, double[][] counts) {
    this.labels = List.copyOf(labels);
    this.counts = counts;
  }

  /**
   * The matrix of the pairs.
   *
   * @param modelLabels the model's labels in {@code id2label} order; empty when unknown
   */
  public static ConfusionMatrix of(List<EvaluatedPair> pairs, List<String> modelLabels) {
    List<String> labels = labels(pairs, modelLabels);
    double[][] counts = new double[labels.size()][labels.size()];
    for (EvaluatedPair pair : pairs) {
      counts[labels.indexOf(pair.gold())][labels.indexOf(pair.predicted())] += pair.weight();
    }
    return new ConfusionMatrix(labels, counts);
  }

  /** A matrix over fixed labels from counts already made, e.g. by a bootstrap resample. */
  static ConfusionMatrix ofCounts(List<String> labels, double[][] counts) {
    return new ConfusionMatrix(labels, counts);
  }

  static List<String> labels(List<EvaluatedPair> pairs, List<String> modelLabels) {
    Set<String> seen = new LinkedHashSet<>();
    for (EvaluatedPair pair : pairs) {
      seen.add(pair.gold());
      seen.add(pair.predicted());
    }
    List<String> ordered = new ArrayList<>();
    for (String label : modelLabels) {
      if (seen.remove(label)) {
        ordered.add(label);
      }
    }
    ordered.addAll(new TreeSet<>(seen));
    return ordered;
  }

  public List<String> labels() {
    return labels;
  }

  public double count(int gold, int predicted) {
    return counts[gold][predicted];
  }

  public double count(String gold, String predicted) {
    return counts[labels.indexOf(gold)][labels.indexOf(predicted)];
  }

  /** Weight of the pairs whose gold label is the one at {@code gold}: the label's support. */
  public double goldTotal(int gold) {
    return Arrays.stream(counts[gold]).sum();
  }

  public double predictedTotal(int predicted) {
    double sum = 0;
    for (double[] row : counts) {
      sum += row[predicted];
    }
    return sum;
  }

  public double total() {
    double sum = 0;
    for (double[] row : counts) {
      sum += Arrays.stream(row).sum();
    }
    return sum;
  }

  public double correct() {
    double sum = 0;
    for (int i = 0; i < counts.length; i++) {
      sum += counts[i][i];
    }
    return sum;
  }
}
