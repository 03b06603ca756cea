package org.relexcurator.curation.sampling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.io.scored.ScoredPair;
import org.relexcurator.io.scored.ScoredPairSource;
import org.relexcurator.model.Problem;

/**
 * Draws a review sample from a scored corpus of any size in two passes and constant memory: the
 * first counts the pairs of each stratum, the quotas and the positions to take are then drawn, and
 * the second keeps the pairs at those positions. The design is a stratified simple random sample
 * without replacement, so each pair's inclusion probability is exactly n_h / N_h.
 */
public final class ReviewDraw {

  private ReviewDraw() {}

  /**
   * @throws UnreadableInputException if the source cannot be read, or reads differently the second
   *     time (it changed while being sampled)
   */
  public static DrawnSample draw(
      ScoredPairSource source, ScoreBands bands, int size, double controlShare, long seed)
      throws UnreadableInputException {
    List<Problem> problems = new ArrayList<>();
    Map<Stratum, Long> sizes = count(source, bands, problems);
    SortedMap<Stratum, StratumQuota> quotas = SampleAllocation.allocate(sizes, size, controlShare);
    SplittableRandom random = new SplittableRandom(seed);
    Map<Stratum, Map<Long, Boolean>> positions = new HashMap<>();
    quotas.forEach((stratum, quota) -> positions.put(stratum, PositionDraw.draw(quota, random)));
    Map<Stratum, Long> seen = new HashMap<>();
    List<DrawnPair> drawn = new ArrayList<>();
    source.read(
        pair -> {
          Stratum stratum = stratum(pair, bands);
          long position = seen.merge(stratum, 1L, Long::sum) - 1;
          Boolean control = positions.getOrDefault(stratum, Map.of()).get(position);
          if (control != null) {
            drawn.add(
                new DrawnPair(pair, stratum, quotas.get(stratum).inclusionProbability(), control));
          }
        },
        new ArrayList<>());
    if (!seen.equals(sizes)) {
      throw new UnreadableInputException(
          source.describe() + " changed while it was sampled; sample it again");
    }
    return new DrawnSample(source.describe(), bands, seed, controlShare, quotas, drawn, problems);
  }

  /** The pairs of each stratum of a scored corpus; bad lines are added to {@code problems}. */
  public static Map<Stratum, Long> count(
      ScoredPairSource source, ScoreBands bands, List<Problem> problems)
      throws UnreadableInputException {
    Map<Stratum, Long> sizes = new HashMap<>();
    source.read(pair -> sizes.merge(stratum(pair, bands), 1L, Long::sum), problems);
    return sizes;
  }

  /** The stratum a scored pair belongs to. */
  public static Stratum stratum(ScoredPair pair, ScoreBands bands) {
    return new Stratum(pair.label(), bands.of(pair.score()));
  }
}
