package org.relexcurator.ui.queue;

import java.util.Comparator;

/**
 * The orders the queue offers. The uncertainty orders put the pairs the model is least sure about
 * first, so that a curator's time goes where the model needs it; pairs not yet predicted come last,
 * and ties keep corpus order.
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

  /**
   * How uncertain the model is about a row's prediction under this order's measure, higher being
   * less sure: 1 − top score, the negated margin, or the entropy. Reads the values the row keeps,
   * since a sort asks for them many times per row.
   */
  double uncertainty(QueueRow row) {
    return switch (this) {
      case LEAST_CONFIDENCE -> 1 - row.scoreProperty().get();
      case SMALLEST_MARGIN -> -row.marginProperty().get();
      case HIGHEST_ENTROPY -> row.entropyProperty().get();
      case CORPUS, COLUMNS -> 0;
    };
  }

  /**
   * Rows in this order; {@code null} for corpus order, the order the rows are kept in, so that a
   * sorted list shows them as they are instead of sorting 25,000 rows into the order they have.
   * {@link #COLUMNS} is corpus order too until the table supplies its own.
   */
  Comparator<QueueRow> comparator() {
    if (this == CORPUS || this == COLUMNS) {
      return null;
    }
    Comparator<QueueRow> corpus = Comparator.comparingInt(QueueRow::index);
    Comparator<QueueRow> predictedFirst = Comparator.comparing(row -> row.prediction() == null);
    return predictedFirst
        .thenComparing(
            (a, b) -> a.prediction() == null ? 0 : Double.compare(uncertainty(b), uncertainty(a)))
        .thenComparing(corpus);
  }

  @Override
  public String toString() {
    return text;
  }
}
