package org.relexcurator.ui.queue;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the queue shows: every condition must hold. A score range narrower than 0 to 1 hides the
 * pairs that have no score yet; the full range shows them.
 *
 * @param label the predicted label; the entry with value {@code ""} selects pairs not yet
 *     predicted, whose predicted label is empty
 * @param typePair the ordered type pair, as {@link QueueRow#typePair()} writes it
 * @param directions what the direction check says of the pair's two directions
 * @param text free text, matched case-insensitively against sentence, mentions, document id and
 *     labels; blank matches all. Kept stripped and in lower case, as rows are searched.
 */
public record QueueFilter(
    Choice<String> label,
    Choice<String> typePair,
    Choice<ReviewStatus> status,
    Choice<DirectionStatus> directions,
    double minScore,
    double maxScore,
    String text)
    implements Predicate<QueueRow> {

  /** A drop-down that briefly has no value while its items change means "any". */
  public QueueFilter {
    label = label == null ? Choice.any("") : label;
    typePair = typePair == null ? Choice.any("") : typePair;
    status = status == null ? Choice.any("") : status;
    directions = directions == null ? Choice.any("") : directions;
    text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether every row passes: then no row needs to be tested at all. */
  public boolean acceptsAll() {
    return label.isAny()
        && typePair.isAny()
        && status.isAny()
        && directions.isAny()
        && minScore <= 0
        && maxScore >= 1
        && text.isEmpty();
  }

  @Override
  public boolean test(QueueRow row) {
    if (!label.accepts(row.predictedLabelProperty().get())
        || !typePair.accepts(row.typePair())
        || !status.accepts(row.statusProperty().get())
        || !directions.accepts(row.directionsProperty().get())) {
      return false;
    }
    if (minScore > 0 || maxScore < 1) {
      Double score = row.scoreProperty().get();
      if (score == null || score < minScore || score > maxScore) {
        return false;
      }
    }
    return text.isEmpty() || row.mentions(text);
  }
}
