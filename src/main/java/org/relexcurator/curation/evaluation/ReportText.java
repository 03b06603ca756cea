package org.relexcurator.curation.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.relexcurator.inference.ModelDescription;

/** Sentences every rendering of a report shares, so that they say the same thing. */
public final class ReportText {

  /** The heading of weighted supports, which estimate counts over all predicted pairs. */
  public static final String ESTIMATED_SUPPORT = "estimated support (weighted)";

  private ReportText() {}

  public static String title(EvaluationReport report) {
    return "Evaluation of " + models(report) + " against curated gold";
  }

  public static String models(EvaluationReport report) {
    if (report.models().isEmpty()) {
      return "an unnamed model";
    }
    return report.models().stream()
        .map(use -> use.model().name().isEmpty() ? "an unnamed model" : use.model().name())
        .distinct()
        .collect(Collectors.joining(", "));
  }

  /** One line saying what was evaluated and how. */
  public static String summary(EvaluationReport report) {
    WeightingSummary w = report.weighting();
    return String.format(
        Locale.ROOT,
        "%s · %d reviewed of %d predicted pairs · weighting: %s",
        report.source(),
        w.reviewed(),
        w.population(),
        w.weighting().optionName());
  }

  /** The notes, less the test-model warning, which every rendering shows on its own at the top. */
  public static List<String> notesBelowBanner(EvaluationReport report) {
    return report.notes().stream()
        .filter(note -> !note.equals(ModelDescription.TEST_MODEL_WARNING))
        .toList();
  }

  public static String accuracy(EvaluationReport report) {
    String interval =
        report.bootstrap().isEmpty()
            ? ""
            : report
                .accuracyInterval()
                .map(ci -> " (95% CI " + ReportFigures.interval(ci) + ")")
                .orElse("; interval: " + tooFewToEstimate(report.reviewed().total()));
    return "Accuracy " + ReportFigures.metric(report.classification().accuracy()) + interval + ".";
  }

  /** What a row shows instead of an interval below {@link ReviewedCounts#MINIMUM_PER_LABEL}. */
  public static String tooFewToEstimate(int reviewed) {
    return "too few to estimate (" + reviewed + " reviewed)";
  }

  /**
   * One metric's interval of a report row, as text: the interval, {@link ReportFigures#NONE} when
   * there is none to show, or why a row with too few reviewed pairs has none.
   */
  public static String interval(
      EvaluationReport report, String row, Function<MetricIntervals, ConfidenceInterval> metric) {
    if (report.bootstrap().isEmpty()) {
      return ReportFigures.NONE;
    }
    return report
        .intervals(row)
        .map(ci -> ReportFigures.interval(metric.apply(ci)))
        .orElse(tooFewToEstimate(report.reviewed().of(row)));
  }

  public static String bootstrap(EvaluationReport report) {
    return report
        .bootstrap()
        .map(
            b ->
                String.format(
                    Locale.ROOT,
                    "95%% intervals: percentile bootstrap over the"
                        + " reviewed pairs (each keeps its weight), %d resamples, seed %d.",
                    b.resamples(),
                    b.seed()))
        .orElse("No confidence intervals (bootstrap switched off).");
  }

  public static String calibration(EvaluationReport report) {
    return String.format(
        Locale.ROOT,
        "Expected calibration error (ECE) %s: the gap between the"
            + " model's top score and how often that label is right, averaged over ten score bands"
            + " weighted by their share of pairs. 0 is perfectly calibrated.",
        ReportFigures.metric(report.reliability().expectedCalibrationError()));
  }

  public static String cardCaveat() {
    return ReportNotes.CARD_CAVEAT;
  }
}
