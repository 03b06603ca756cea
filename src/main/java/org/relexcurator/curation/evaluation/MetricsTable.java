package org.relexcurator.curation.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-label metrics as the Markdown and HTML reports lay them out. Support is the count of
 * reviewed pairs; under post-stratified weighting the weighted figure gets a column of its own,
 * named as the estimate it is. A row with too few reviewed pairs for an interval ends with one cell
 * saying so, which stands for all three interval columns.
 */
final class MetricsTable {

  private MetricsTable() {}

  static List<String> headers(EvaluationReport report) {
    List<String> headers =
        new ArrayList<>(List.of("label", "precision", "recall", "F1", "support"));
    if (!report.plainCounts()) {
      headers.add(ReportText.ESTIMATED_SUPPORT);
    }
    headers.addAll(List.of("precision 95% CI", "recall 95% CI", "F1 95% CI"));
    return headers;
  }

  static List<List<String>> rows(EvaluationReport report) {
    ClassificationReport metrics = report.classification();
    List<LabelMetrics> all = new ArrayList<>(metrics.labels());
    all.add(metrics.macro());
    all.add(metrics.weighted());
    List<List<String>> rows = new ArrayList<>();
    for (LabelMetrics row : all) {
      List<String> cells =
          new ArrayList<>(
              List.of(
                  row.label(),
                  ReportFigures.metric(row.precision()),
                  ReportFigures.metric(row.recall()),
                  ReportFigures.metric(row.f1()),
                  Integer.toString(report.reviewed().of(row.label()))));
      if (!report.plainCounts()) {
        cells.add(ReportFigures.support(row.support(), false));
      }
      if (report.bootstrap().isPresent() && report.intervals(row.label()).isEmpty()) {
        cells.add(ReportText.tooFewToEstimate(report.reviewed().of(row.label())));
      } else {
        cells.add(ReportText.interval(report, row.label(), MetricIntervals::precision));
        cells.add(ReportText.interval(report, row.label(), MetricIntervals::recall));
        cells.add(ReportText.interval(report, row.label(), MetricIntervals::f1));
      }
      rows.add(cells);
    }
    return rows;
  }
}
