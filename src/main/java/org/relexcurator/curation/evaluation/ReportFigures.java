package org.relexcurator.curation.evaluation;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How numbers read in reports: metrics with three decimals as the model card prints them, supports
 * as whole counts when every pair weighs 1 and with one decimal when weighted, and machine-readable
 * numbers at full precision for CSV.
 */
public final class ReportFigures {

  /** Shown where a number is undefined, e.g. the card's value for a label it does not have. */
  public static final String NONE = "–";

  private ReportFigures() {}

  public static String metric(double value) {
    return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%.3f", value);
  }

  public static String support(double value, boolean plainCounts) {
    return plainCounts
        ? String.format(Locale.ROOT, "%d", Math.round(value))
        : String.format(Locale.ROOT, "%.1f", value);
  }

  /** A signed difference, {@code +0.133} or {@code −0.021}. */
  public static String difference(double value) {
    if (Double.isNaN(value)) {
      return NONE;
    }
    String digits = String.format(Locale.ROOT, "%.3f", Math.abs(value));
    return (value < 0 && !digits.equals("0.000") ? "−" : "+") + digits;
  }

  public static String interval(ConfidenceInterval interval) {
    return interval == null || !interval.isDefined()
        ? NONE
        : metric(interval.lower()) + "–" + metric(interval.upper());
  }

  /** Full precision, no exponent; empty for an undefined value. */
  public static String exact(double value) {
    return Double.isNaN(value)
        ? ""
        : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
