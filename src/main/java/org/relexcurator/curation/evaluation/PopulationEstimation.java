package org.relexcurator.curation.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.relexcurator.curation.sampling.ScoreBands;
import org.relexcurator.curation.sampling.Stratum;

/**
 * Estimates a model's precision per predicted label, and the number of true relations per gold
 * label, for a whole scored corpus from a stratified review sample ({@code relex sample}). Each
 * stratum's reviewed pairs are taken as a simple random draw from it (they are, when every sampled
 * pair is reviewed; a partly reviewed sample assumes the curators' order did not depend on the
 * answer), so each stands for N_h / r_h pairs; see {@link StratifiedProportion}.
 */
public final class PopulationEstimation {

  private PopulationEstimation() {}

  /**
   * @param bands the sample's score bands
   * @param population the pairs of each stratum in the corpus
   * @param reviewedGold the gold labels of each stratum's reviewed pairs
   * @param minimumPerStratum reviewed pairs a stratum needs before it is trusted
   */
  public static PopulationEstimates estimate(
      ScoreBands bands,
      Map<Stratum, Long> population,
      Map<Stratum, List<String>> reviewedGold,
      int minimumPerStratum) {
    SortedMap<Stratum, Long> strata = new TreeMap<>(population);
    SortedSet<String> predictedLabels = new TreeSet<>();
    SortedSet<String> goldLabels = new TreeSet<>();
    strata.keySet().forEach(stratum -> predictedLabels.add(stratum.label()));
    reviewedGold.values().forEach(goldLabels::addAll);
    List<LabelPrecision> precision = new ArrayList<>();
    for (String label : predictedLabels) {
      StratifiedProportion correct = new StratifiedProportion();
      long predicted = 0;
      int right = 0;
      for (Map.Entry<Stratum, Long> stratum : strata.entrySet()) {
        if (stratum.getKey().label().equals(label)) {
          List<String> gold = reviewedGold.getOrDefault(stratum.getKey(), List.of());
          int having = count(gold, label);
          correct.add(stratum.getValue(), gold.size(), having);
          predicted += stratum.getValue();
          right += having;
        }
      }
      int reviewed = correct.reviewed();
      precision.add(
          new LabelPrecision(
              label,
              predicted,
              correct.covered(),
              reviewed,
              correct.share(),
              correct.shareInterval(),
              reviewed == 0 ? Double.NaN : (double) right / reviewed));
    }
    List<TrueRelations> trueRelations = new ArrayList<>();
    for (String label : goldLabels) {
      StratifiedProportion having = new StratifiedProportion();
      int found = 0;
      for (Map.Entry<Stratum, Long> stratum : strata.entrySet()) {
        List<String> gold = reviewedGold.getOrDefault(stratum.getKey(), List.of());
        int count = count(gold, label);
        having.add(stratum.getValue(), gold.size(), count);
        found += count;
      }
      trueRelations.add(new TrueRelations(label, found, having.total(), having.totalInterval()));
    }
    List<ThinStratum> thin = new ArrayList<>();
    long total = 0;
    long uncovered = 0;
    int reviewed = 0;
    for (Map.Entry<Stratum, Long> stratum : strata.entrySet()) {
      int seen = reviewedGold.getOrDefault(stratum.getKey(), List.of()).size();
      total += stratum.getValue();
      reviewed += seen;
      if (seen == 0) {
        uncovered += stratum.getValue();
      }
      if (seen < minimumPerStratum && seen < stratum.getValue()) {
        thin.add(new ThinStratum(stratum.getKey(), stratum.getValue(), seen));
      }
    }
    return new PopulationEstimates(
        bands, total, reviewed, uncovered, minimumPerStratum, precision, trueRelations, thin);
  }

  private static int count(List<String> labels, String label) {
    return (int) labels.stream().filter(label::equals).count();
  }
}
