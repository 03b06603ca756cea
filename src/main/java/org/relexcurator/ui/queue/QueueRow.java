package org.relexcurator.ui.queue;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.relexcurator.inference.DirectionCheck;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.Prediction;

/**
 * One candidate pair in the review queue: what is fixed (its place in the corpus, its mentions and
 * types) and what changes (the model's prediction, the curator's label and status), the latter as
 * properties so that the table, filters and sorting follow them.
 */
public final class QueueRow {

  private final int index;
  private final Document document;
  private final CandidatePair pair;
  private final List<SnippetPart> snippet;
  private final String firstType;
  private final String secondType;

  /** Kept, not built on demand: filters test it for every row of a large corpus. */
  private final String typePair;

  private final String searchable;

  private final ReadOnlyObjectWrapper<Prediction> prediction = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper predictedLabel = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Double> score = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Double> margin = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Double> entropy = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper curatedLabel = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<ReviewStatus> status =
      new ReadOnlyObjectWrapper<>(ReviewStatus.UNREVIEWED);
  private final ReadOnlyObjectWrapper<DirectionCheck> directionCheck =
      new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<DirectionStatus> directions =
      new ReadOnlyObjectWrapper<>(DirectionStatus.NOT_PREDICTED);

  /** The queue's row for E2 → E1, when the specs make that order a candidate pair too. */
  private QueueRow reverseRow;

  /** E2 → E1 as the prediction panel scored it, for a pair whose reverse is no row. */
  private Prediction reverseWithoutRow;

  /**
   * @param index the pair's place in corpus order, which breaks ties in every sort
   * @param firstType E1's PubTator3 type, or its type as written when it maps to none
   */
  QueueRow(
      int index,
      Document document,
      CandidatePair pair,
      List<SnippetPart> snippet,
      String firstType,
      String secondType) {
    this.index = index;
    this.document = document;
    this.pair = pair;
    this.snippet = List.copyOf(snippet);
    this.firstType = firstType;
    this.secondType = secondType;
    this.typePair = firstType + " → " + secondType;
    this.searchable =
        String.join(
                "\n",
                document.sentenceText(pair.sentence()),
                pair.first().text(),
                pair.second().text(),
                pair.documentId())
            .toLowerCase(Locale.ROOT);
  }

  /** Links the rows of the two orders of the same mentions; done once, as the rows are built. */
  static void pairReversed(QueueRow forward, QueueRow reverse) {
    forward.reverseRow = reverse;
    reverse.reverseRow = forward;
  }

  /** Sets this direction's prediction; {@code null} forgets it and any reverse kept here. */
  void setPrediction(Prediction value) {
    prediction.set(value);
    predictedLabel.set(value == null ? "" : value.topLabel());
    score.set(value == null ? null : value.topScore());
    margin.set(value == null ? null : value.margin());
    entropy.set(value == null ? null : value.entropy());
    if (value == null) {
      reverseWithoutRow = null;
    }
    checkDirections();
    if (reverseRow != null) {
      reverseRow.checkDirections();
    }
  }

  /** Keeps the reverse direction's prediction, for a pair whose reverse is no row. */
  void setReverseWithoutRow(Prediction value) {
    reverseWithoutRow = value;
    checkDirections();
  }

  private void checkDirections() {
    Prediction forward = prediction.get();
    Prediction reverse = reversePrediction();
    DirectionCheck check =
        forward == null || reverse == null
            ? null
            : DirectionCheck.of(forward.topLabel(), reverse.topLabel());
    directionCheck.set(check);
    if (forward == null) {
      directions.set(DirectionStatus.NOT_PREDICTED);
    } else if (check == null) {
      directions.set(DirectionStatus.REVERSE_NOT_SCORED);
    } else {
      directions.set(check.disagrees() ? DirectionStatus.DISAGREE : DirectionStatus.AGREE);
    }
  }

  void setDecision(String label, ReviewStatus value) {
    curatedLabel.set(label == null ? "" : label);
    status.set(value);
  }

  /** Whether the sentence, a mention, the document id or a label contains the lower-case text. */
  boolean mentions(String lowerCaseText) {
    return searchable.contains(lowerCaseText)
        || predictedLabel.get().contains(lowerCaseText)
        || curatedLabel.get().toLowerCase(Locale.ROOT).contains(lowerCaseText);
  }

  public int index() {
    return index;
  }

  public Document document() {
    return document;
  }

  public CandidatePair pair() {
    return pair;
  }

  public String key() {
    return pair.key();
  }

  /** The sentence around the mentions, as one line, in runs styled by mention. */
  public List<SnippetPart> snippetParts() {
    return snippet;
  }

  /** The snippet's text. */
  public String snippet() {
    return SentenceSnippet.text(snippet);
  }

  public String firstText() {
    return pair.first().text();
  }

  public String firstType() {
    return firstType;
  }

  public String secondText() {
    return pair.second().text();
  }

  public String secondType() {
    return secondType;
  }

  /** {@code Chemical → Disease}: the ordered type pair, as the relation specs key it. */
  public String typePair() {
    return typePair;
  }

  public Prediction prediction() {
    return prediction.get();
  }

  public ReadOnlyObjectProperty<Prediction> predictionProperty() {
    return prediction.getReadOnlyProperty();
  }

  /** The top label, or empty before the pair is predicted. */
  public ReadOnlyStringProperty predictedLabelProperty() {
    return predictedLabel.getReadOnlyProperty();
  }

  /** The top label's score; {@code null} before the pair is predicted. */
  public ReadOnlyObjectProperty<Double> scoreProperty() {
    return score.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Double> marginProperty() {
    return margin.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Double> entropyProperty() {
    return entropy.getReadOnlyProperty();
  }

  /** The queue's row for E2 → E1; {@code null} when that order is no candidate pair. */
  QueueRow reverseRow() {
    return reverseRow;
  }

  /** E2 → E1's prediction, from its own row or the prediction panel; {@code null} if unscored. */
  public Prediction reversePrediction() {
    return reverseRow != null ? reverseRow.prediction() : reverseWithoutRow;
  }

  /** Whether both directions' top labels can be true; {@code null} until both are scored. */
  public ReadOnlyObjectProperty<DirectionCheck> directionCheckProperty() {
    return directionCheck.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<DirectionStatus> directionsProperty() {
    return directions.getReadOnlyProperty();
  }

  /** The curator's label; empty until decided. */
  public ReadOnlyStringProperty curatedLabelProperty() {
    return curatedLabel.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ReviewStatus> statusProperty() {
    return status.getReadOnlyProperty();
  }

  @Override
  public String toString() {
    return index + " " + key();
  }
}
