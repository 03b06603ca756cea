package org.relexcurator.curation.evaluation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.relexcurator.inference.ModelDescription;

/**
 * The report as CSV for scripts: one row per label, then {@code macro avg}, {@code weighted avg}
 * and {@code accuracy} (which, as in scikit-learn, fills only the F1 and support columns). {@code
 * support} counts reviewed pairs; {@code estimated_support} is the weighted figure (the same count
 * without weighting). Numbers are at full precision; an undefined one is an empty cell, as is the
 * interval of a row with fewer than {@link ReviewedCounts#MINIMUM_PER_LABEL} reviewed pairs. A test
 * model's report starts with a {@code #} comment line carrying the warning (pandas: {@code
 * comment="#"}).
 */
public final class CsvReport {

  static final List<String> HEADER =
      List.of(
          "label",
          "precision",
          "recall",
          "f1",
          "support",
          "estimated_support",
          "precision_ci_low",
          "precision_ci_high",
          "recall_ci_low",
          "recall_ci_high",
          "f1_ci_low",
          "f1_ci_high",
          "card_precision",
          "card_recall",
          "card_f1",
          "card_support",
          "precision_diff",
          "recall_diff",
          "f1_diff");

  private CsvReport() {}

  public static String render(EvaluationReport report) {
    StringWriter text = new StringWriter();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setCommentMarker('#').get();
    try (CSVPrinter csv = new CSVPrinter(text, format)) {
      if (report.testModel()) {
        csv.printComment(ModelDescription.TEST_MODEL_WARNING);
      }
      csv.printRecord(HEADER);
      for (ComparedRow row : report.card().rows()) {
        csv.printRecord(row(report, row));
      }
      List<String> accuracy = new ArrayList<>(HEADER.stream().map(h -> "").toList());
      accuracy.set(0, "accuracy");
      accuracy.set(3, ReportFigures.exact(report.classification().accuracy()));
      accuracy.set(4, Integer.toString(report.reviewed().total()));
      accuracy.set(5, ReportFigures.exact(report.classification().total()));
      report
          .accuracyInterval()
          .ifPresent(
              ci -> {
                accuracy.set(10, ReportFigures.exact(ci.lower()));
                accuracy.set(11, ReportFigures.exact(ci.upper()));
              });
      csv.printRecord(accuracy);
      if (report.preAnnotationSection().isPresent()) {
        preAnnotation(csv, report.preAnnotationSection().get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * The pre-annotation section as comment lines after the table, so that a script reading the
   * per-label rows (pandas: {@code comment="#"}) is not disturbed: {@code # pre-annotation,TYPE,…}
   * with the columns of {@link PreAnnotation#headers()}, then one line of gold pair counts.
   */
  private static void preAnnotation(CSVPrinter csv, PreAnnotation section) throws IOException {
    csv.printComment("pre-annotation," + String.join(",", PreAnnotation.headers()));
    for (List<String> cells : section.cells()) {
      csv.printComment("pre-annotation," + String.join(",", cells));
    }
    csv.printComment(
        "gold pairs,"
            + section.goldPairs()
            + ",on added mentions,"
            + section.goldOnAddedMentions()
            + ",on changed mentions,"
            + section.goldOnChangedMentions());
  }

  private static List<String> row(EvaluationReport report, ComparedRow row) {
    LabelMetrics ours = row.ours();
    MetricIntervals ci = report.intervals(ours.label()).orElse(null);
    LabelMetrics card = row.card();
    List<String> cells =
        new ArrayList<>(
            List.of(
                ours.label(),
                ReportFigures.exact(ours.precision()),
                ReportFigures.exact(ours.recall()),
                ReportFigures.exact(ours.f1()),
                Integer.toString(report.reviewed().of(ours.label())),
                ReportFigures.exact(ours.support())));
    for (ConfidenceInterval interval :
        ci == null
            ? List.of(
                ConfidenceInterval.UNDEFINED,
                ConfidenceInterval.UNDEFINED,
                ConfidenceInterval.UNDEFINED)
            : List.of(ci.precision(), ci.recall(), ci.f1())) {
      cells.add(ReportFigures.exact(interval.lower()));
      cells.add(ReportFigures.exact(interval.upper()));
    }
    cells.add(card == null ? "" : ReportFigures.exact(card.precision()));
    cells.add(card == null ? "" : ReportFigures.exact(card.recall()));
    cells.add(card == null ? "" : ReportFigures.exact(card.f1()));
    cells.add(card == null ? "" : ReportFigures.exact(card.support()));
    cells.add(ReportFigures.exact(row.precisionDifference()));
    cells.add(ReportFigures.exact(row.recallDifference()));
    cells.add(ReportFigures.exact(row.f1Difference()));
    return cells;
  }
}
