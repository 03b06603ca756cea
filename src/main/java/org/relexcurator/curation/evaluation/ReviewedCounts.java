package org.relexcurator.curation.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many reviewed pairs stand behind each row of a report, counted as pairs whatever their
 * weight. A bootstrap over a handful of pairs gives an interval that looks precise and means
 * nothing, so a row with fewer than {@link #MINIMUM_PER_LABEL} reviewed pairs is reported as too
 * few to estimate instead.
 *
 * @param byGold reviewed pairs per gold label
 * @param total all reviewed pairs: what stands behind the averages and accuracy
 */
public record ReviewedCounts(Map<String, Integer> byGold, int total) {

  /** Reviewed pairs a row needs before the report gives it a confidence interval. */
  public static final int MINIMUM_PER_LABEL = 10;

  public ReviewedCounts {
    byGold = Collections.unmodifiableMap(new LinkedHashMap<>(byGold));
  }

  public static ReviewedCounts of(List<EvaluatedPair> pairs) {
    Map<String, Integer> byGold = new LinkedHashMap<>();
    pairs.forEach(pair -> byGold.merge(pair.gold(), 1, Integer::sum));
    return new ReviewedCounts(byGold, pairs.size());
  }

  /**
   * The reviewed pairs behind a report row: a label's gold pairs, or every reviewed pair for {@code
   * macro avg}, {@code weighted avg} and accuracy.
   */
  public int of(String row) {
    return switch (row) {
      case ClassificationReport.MACRO, ClassificationReport.WEIGHTED -> total;
      default -> byGold.getOrDefault(row, 0);
    };
  }

  public boolean tooFewToEstimate(String row) {
    return of(row) < MINIMUM_PER_LABEL;
  }

  /** True when the sample cannot give each of {@code labels} labels its minimum. */
  public boolean isSmall(int labels) {
    return total < MINIMUM_PER_LABEL * Math.max(1, labels);
  }
}
