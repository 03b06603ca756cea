package org.relexcurator.curation.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.agreement.SettledLabel;
import org.relexcurator.curation.agreement.SettledLabels;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.sampling.ReviewDraw;
import org.relexcurator.curation.sampling.ReviewSample;
import org.relexcurator.curation.sampling.SampledPair;
import org.relexcurator.curation.sampling.Stratum;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.io.scored.ScoredPairSource;
import org.relexcurator.model.Problem;

/**
 * A project drawn by {@code relex sample}, reviewed, against the scored corpus it was drawn from:
 * the corpus is counted again per stratum (it must be the one sampled), each sampled pair with a
 * settled gold label is a reviewed pair, and {@link PopulationEstimation} does the rest.
 */
public final class SampleEvaluation {

  private SampleEvaluation() {}

  /**
   * @param problems where the population's bad lines are added
   * @throws CurationStoreException if the project has no review sample, or the population is not
   *     the corpus it was drawn from
   */
  public static PopulationEstimates of(
      ProjectDatabase project, ScoredPairSource population, List<Problem> problems)
      throws CurationStoreException, UnreadableInputException {
    Optional<ReviewSample> stored = project.reviewSample().read();
    if (stored.isEmpty()) {
      throw new CurationStoreException(
          project.file()
              + " holds no review sample (make one with relex sample); evaluate a curated-pairs"
              + " export of it without --population instead");
    }
    ReviewSample sample = stored.get();
    Map<Stratum, Long> counted = ReviewDraw.count(population, sample.bands(), problems);
    checkSameCorpus(sample, counted, population.describe());
    SettledLabels settled = SettledLabels.fromLog(project.decisions().log());
    Map<Stratum, List<String>> gold = new HashMap<>();
    for (SampledPair pair : sample.pairs()) {
      settled
          .get(pair.pairKey())
          .map(SettledLabel::label)
          .ifPresent(
              label -> gold.computeIfAbsent(pair.stratum(), s -> new ArrayList<>()).add(label));
    }
    return PopulationEstimation.estimate(sample.bands(), counted, gold, sample.minimumPerStratum());
  }

  /**
   * The inclusion probabilities hold only for the corpus they were computed on: a corpus with other
   * strata sizes (rescored, grown, or another one) would be weighted wrongly.
   */
  private static void checkSameCorpus(
      ReviewSample sample, Map<Stratum, Long> counted, String population)
      throws CurationStoreException {
    Map<Stratum, Long> sampled = new TreeMap<>();
    sample.quotas().forEach((stratum, quota) -> sampled.put(stratum, quota.population()));
    if (sampled.equals(new TreeMap<>(counted))) {
      return;
    }
    List<String> differences = new ArrayList<>();
    for (Stratum stratum : union(sampled, counted)) {
      long then = sampled.getOrDefault(stratum, 0L);
      long now = counted.getOrDefault(stratum, 0L);
      if (then != now) {
        differences.add(stratum.describe(sample.bands()) + ": " + then + " then, " + now + " now");
      }
    }
    throw new CurationStoreException(
        population
            + " is not the scored corpus this sample was drawn from ("
            + sample.source()
            + "): "
            + String.join("; ", differences.subList(0, Math.min(3, differences.size())))
            + (differences.size() > 3 ? "; and " + (differences.size() - 3) + " more strata" : ""));
  }

  private static SortedSet<Stratum> union(Map<Stratum, Long> first, Map<Stratum, Long> second) {
    SortedSet<Stratum> all = new TreeSet<>(first.keySet());
    all.addAll(second.keySet());
    return all;
  }
}
