package org.relexcurator.ui.queue;

import java.util.Comparator;
import java.util.function.ToDoubleFunction;
import org.relexcurator.model.Prediction;

/**
 * The orders the queue offers. The uncertainty orders put the pairs the model is least sure
 * about first, so that a curator's time goes where the model needs it; pairs not yet predicted
 * come last, and ties keep corpus order.
 */
public enum QueueOrder {
  CORPUS("Corpus order"),
  LEAST_CONFIDENCE("Least confident first (1 − top score)"),
  SMALLEST_MARGIN("Smallest margin first (top − second)"),
  HIGHEST_ENTROPY("Highest entropy first"),
  /** Set when the curator sorts by clicking column headers. */
  COLUMNS("As sorted by the column headers");

  private final String text;

  QueueOrder(String text) {
    this.text = text;
  }

  /** How uncertain the model is about a prediction under this order's measure: higher is less sure. */
  public double uncertainty(Prediction prediction) {
    return switch (this) {
      case LEAST_CONFIDENCE -> 1 - prediction.topScore();
      case SMALLEST_MARGIN -> -prediction.margin();
      case HIGHEST_ENTROPY -> prediction.entropy();
      case CORPUS, COLUMNS -> 0;
    };
  }

  /** Rows in this order; for {@link #COLUMNS}, corpus order (the table supplies its own). */
  Comparator<QueueRow> comparator() {
    Comparator<QueueRow> corpus = Comparator.comparingInt(QueueRow::index);
    if (this == CORPUS || this == COLUMNS) {
      return corpus;
    }
    ToDoubleFunction<QueueRow> uncertainty = row -> uncertainty(row.prediction());
    Comparator<QueueRow> predictedFirst =
        Comparator.comparing(row -> row.prediction() == null);
    return predictedFirst
        .thenComparing((a, b) -> a.prediction() == null
            ? 0 : Double.compare(uncertainty.applyAsDouble(b), uncertainty.applyAsDouble(a)))
        .thenComparing(corpus);
  }

  @Override
  public String toString() {
    return text;
  }
}
