package org.relexcurator.curation.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * How well the model's top score matches how often it is right: reviewed pairs in ten equal-width
 * bands of top score, and the expected calibration error, the mean of |accuracy − confidence| over
 * the bands weighted by their share of the (weighted) pairs. A well-calibrated model is right 80%
 * of the time when it says 0.8; the model card warns that its class-weighted training makes the
 * scores uncalibrated.
 */
public record ReliabilityDiagram(List<ReliabilityBin> bins, double expectedCalibrationError) {

  public static final int BINS = 10;

  public ReliabilityDiagram {
    bins = List.copyOf(bins);
  }

  public static ReliabilityDiagram of(List<EvaluatedPair> pairs) {
    ConfidenceBins bands = new ConfidenceBins(BINS);
    int[] count = new int[BINS];
    double[] mass = new double[BINS];
    double[] confidence = new double[BINS];
    double[] correct = new double[BINS];
    double total = 0;
    for (EvaluatedPair pair : pairs) {
      int bin = bands.of(pair.confidence());
      count[bin]++;
      mass[bin] += pair.weight();
      confidence[bin] += pair.weight() * pair.confidence();
      correct[bin] += pair.correct() ? pair.weight() : 0;
      total += pair.weight();
    }
    List<ReliabilityBin> bins = new ArrayList<>(BINS);
    double ece = 0;
    for (int b = 0; b < BINS; b++) {
      boolean empty = count[b] == 0;
      double meanConfidence = empty ? Double.NaN : confidence[b] / mass[b];
      double accuracy = empty ? Double.NaN : correct[b] / mass[b];
      bins.add(
          new ReliabilityBin(
              bands.lower(b), bands.upper(b), count[b], mass[b], meanConfidence, accuracy));
      if (!empty) {
        ece += mass[b] / total * Math.abs(accuracy - meanConfidence);
      }
    }
    return new ReliabilityDiagram(bins, ece);
  }
}
