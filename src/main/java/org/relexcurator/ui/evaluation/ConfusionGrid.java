package org.relexcurator.ui.evaluation;

import java.util.List;
import org.relexcurator.curation.evaluation.ConfusionMatrix;
import org.relexcurator.curation.evaluation.ReportFigures;

/** The confusion matrix as a grid of cells, gold labels in rows, predictions in columns. */
public record ConfusionGrid(List<String> labels, List<ConfusionCell> cells) {

  public static final ConfusionGrid EMPTY = new ConfusionGrid(List.of(), List.of());

  public ConfusionGrid {
    labels = List.copyOf(labels);
    cells = List.copyOf(cells);
  }

  static ConfusionGrid of(ConfusionMatrix matrix, boolean plainCounts) {
    List<String> labels = matrix.labels();
    List<ConfusionCell> cells = new java.util.ArrayList<>();
    for (int g = 0; g < labels.size(); g++) {
      double row = matrix.goldTotal(g);
      for (int p = 0; p < labels.size(); p++) {
        double count = matrix.count(g, p);
        cells.add(
            new ConfusionCell(
                labels.get(g),
                labels.get(p),
                ReportFigures.support(count, plainCounts),
                row == 0 ? 0 : count / row,
                g == p));
      }
    }
    return new ConfusionGrid(labels, cells);
  }

  /** The cell of a gold row and a predicted column, by their indices. */
  public ConfusionCell cell(int gold, int predicted) {
    return cells.get(gold * labels.size() + predicted);
  }
}
