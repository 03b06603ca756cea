package org.relexcurator.curation.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Our figures beside the model card's, as the Markdown and HTML reports lay them out: one row per
 * label, each metric followed by the card's value and the difference.
 */
final class CardTable {

  static final List<String> HEADERS =
      List.of(
          "label",
          "precision",
          "card precision",
          "Δ precision",
          "recall",
          "card recall",
          "Δ recall",
          "F1",
          "card F1",
          "Δ F1",
          "support",
          "card support");

  private CardTable() {}

  static List<List<String>> rows(EvaluationReport report) {
    List<List<String>> rows = new ArrayList<>();
    for (ComparedRow row : report.card().rows()) {
      LabelMetrics card = row.card();
      rows.add(
          List.of(
              row.label(),
              ReportFigures.metric(row.ours().precision()),
              card == null ? ReportFigures.NONE : ReportFigures.metric(card.precision()),
              ReportFigures.difference(row.precisionDifference()),
              ReportFigures.metric(row.ours().recall()),
              card == null ? ReportFigures.NONE : ReportFigures.metric(card.recall()),
              ReportFigures.difference(row.recallDifference()),
              ReportFigures.metric(row.ours().f1()),
              card == null ? ReportFigures.NONE : ReportFigures.metric(card.f1()),
              ReportFigures.difference(row.f1Difference()),
              Integer.toString(report.reviewed().of(row.label())),
              card == null ? ReportFigures.NONE : ReportFigures.support(card.support(), true)));
    }
    return rows;
  }
}
