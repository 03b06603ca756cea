package org.relexcurator.curation.evaluation;

import java.util.ArrayList;
import java.util.List;

/** Every row of a classification report (labels, then the two averages) beside the card's. */
public record CardComparison(List<ComparedRow> rows) {

  public CardComparison {
    rows = List.copyOf(rows);
  }

  public static CardComparison of(ClassificationReport report, ModelCardTable card) {
    List<ComparedRow> rows = new ArrayList<>();
    for (LabelMetrics ours : report.labels()) {
      rows.add(new ComparedRow(ours, card.row(ours.label()).orElse(null)));
    }
    rows.add(new ComparedRow(report.macro(), card.row(ClassificationReport.MACRO).orElse(null)));
    rows.add(
        new ComparedRow(report.weighted(), card.row(ClassificationReport.WEIGHTED).orElse(null)));
    return new CardComparison(rows);
  }
}
