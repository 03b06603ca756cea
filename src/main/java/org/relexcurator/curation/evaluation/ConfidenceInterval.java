package org.relexcurator.curation.evaluation;

/**
 * A two-sided interval; both ends are NaN when no resample defined the metric (a label that no
 * resample predicted has no precision).
 */
public record ConfidenceInterval(double lower, double upper) {

  public static final ConfidenceInterval UNDEFINED = new ConfidenceInterval(Double.NaN, Double.NaN);

  public boolean isDefined() {
    return !Double.isNaN(lower);
  }

  public boolean contains(double value) {
    return isDefined() && lower <= value && value <= upper;
  }
}
