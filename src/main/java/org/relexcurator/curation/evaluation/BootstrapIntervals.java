package org.relexcurator.curation.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Percentile bootstrap 95% intervals of a classification report.
 *
 * @param labels intervals per label, in the report's label order
 * @param resamples how many resamples they were computed from
 * @param seed the random seed, so that a report can be reproduced
 */
public record BootstrapIntervals(
    Map<String, MetricIntervals> labels,
    MetricIntervals macro,
    MetricIntervals weighted,
    ConfidenceInterval accuracy,
    int resamples,
    long seed) {

  public BootstrapIntervals {
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  /** The intervals of a report row: a label, {@code macro avg} or {@code weighted avg}. */
  public MetricIntervals row(String label) {
    return switch (label) {
      case ClassificationReport.MACRO -> macro;
      case ClassificationReport.WEIGHTED -> weighted;
      default -> labels.get(label);
    };
  }
}
