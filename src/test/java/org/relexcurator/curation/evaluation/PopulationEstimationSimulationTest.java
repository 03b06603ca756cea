package org.relexcurator.curation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relexcurator.curation.sampling.PositionDraw;
import org.relexcurator.curation.sampling.SampleAllocation;
import org.relexcurator.curation.sampling.ScoreBands;
import org.relexcurator.curation.sampling.Stratum;
import org.relexcurator.curation.sampling.StratumQuota;

/**
 * A synthetic scored corpus whose truth is known, sampled 1,000 times with the design of {@code
 * relex sample}: the stratified estimate's 95% interval must cover the true precision, and the
 * plain share of correct reviewed pairs must miss it, because the design reviews the uncertain
 * bands, where precision is low, far more often than their size warrants.
 */
class PopulationEstimationSimulationTest {

  private static final int SAMPLES = 1_000;
  private static final int SIZE = 300;
  private static final double CONTROL = 0.2;

  /** Pairs and correct pairs per band [0, 0.5), [0.5, 0.8), [0.8, 0.95), [0.95, 1]. */
  private static final Map<String, long[][]> CORPUS =
      Map.of(
          "Association",
          new long[][] {{400, 140}, {1_600, 992}, {6_000, 5_160}, {32_000, 31_040}},
          "Bind",
          new long[][] {{50, 10}, {100, 50}, {300, 210}, {550, 495}});

  private record Run(double estimate, boolean covered, double unweighted) {}

  private static double truePrecision(String label) {
    long pairs = 0;
    long correct = 0;
    for (long[] band : CORPUS.get(label)) {
      pairs += band[0];
      correct += band[1];
    }
    return (double) correct / pairs;
  }

  private static Map<Stratum, Long> population() {
    Map<Stratum, Long> population = new HashMap<>();
    CORPUS.forEach(
        (label, bands) -> {
          for (int band = 0; band < bands.length; band++) {
            population.put(new Stratum(label, band), bands[band][0]);
          }
        });
    return population;
  }

  /** One sample: a stratum's first positions are its correct pairs, the rest are "None". */
  private static Map<String, Run> sampleOnce(long seed) {
    Map<Stratum, Long> population = population();
    SortedMap<Stratum, StratumQuota> quotas = SampleAllocation.allocate(population, SIZE, CONTROL);
    SplittableRandom random = new SplittableRandom(seed);
    Map<Stratum, List<String>> gold = new HashMap<>();
    for (Map.Entry<Stratum, StratumQuota> entry : quotas.entrySet()) {
      Stratum stratum = entry.getKey();
      long correct = CORPUS.get(stratum.label())[stratum.band()][1];
      List<String> labels = new ArrayList<>();
      for (long position : PositionDraw.draw(entry.getValue(), random).keySet()) {
        labels.add(position < correct ? stratum.label() : "None");
      }
      gold.put(stratum, labels);
    }
    PopulationEstimates estimates =
        PopulationEstimation.estimate(ScoreBands.STANDARD, population, gold, 10);
    Map<String, Run> runs = new HashMap<>();
    for (LabelPrecision row : estimates.precision()) {
      runs.put(
          row.label(),
          new Run(
              row.precision(),
              row.interval().contains(truePrecision(row.label())),
              row.unweighted()));
    }
    return runs;
  }

  /** Every sample's runs by label, drawn once for all the tests. */
  private static List<Map<String, Run>> samples;

  @BeforeAll
  static void drawTheSamples() {
    samples = new ArrayList<>(SAMPLES);
    for (long seed = 1; seed <= SAMPLES; seed++) {
      samples.add(sampleOnce(seed));
    }
  }

  private static List<Run> runs(String label) {
    return samples.stream().map(runs -> runs.get(label)).toList();
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  /** The Monte-Carlo standard error of a mean over the runs. */
  private static double monteCarloError(List<Double> values) {
    double mean = mean(values);
    double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
    return Math.sqrt(squares / (values.size() - 1) / values.size());
  }

  @Test
  void theIntervalCoversTheTruePrecisionOfEachLabelInAtLeast93PercentOfSamples() {
    for (String label : CORPUS.keySet()) {
      long covered = runs(label).stream().filter(Run::covered).count();

      assertThat(covered / (double) SAMPLES).as("coverage for " + label).isGreaterThan(0.93);
    }
  }

  @Test
  void theWeightedEstimateIsUnbiasedWhereThePlainShareOfReviewedPairsIsNot() {
    List<Run> runs = runs("Association");
    List<Double> weighted = runs.stream().map(Run::estimate).toList();
    List<Double> unweighted = runs.stream().map(Run::unweighted).toList();
    double truth = truePrecision("Association");

    double weightedBias = mean(weighted) - truth;
    double plainBias = mean(unweighted) - truth;

    assertThat(Math.abs(weightedBias)).isLessThan(3 * monteCarloError(weighted));
    assertThat(plainBias).isNegative();
    assertThat(Math.abs(plainBias)).isGreaterThan(10 * monteCarloError(unweighted));
  }
}
