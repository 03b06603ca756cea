package org.relexcurator.ui.prediction;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.relexcurator.inference.ClassificationException;
import org.relexcurator.inference.DirectionCheck;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.MarkedSentence;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.RelationClassifier;
import org.relexcurator.inference.RelationSpecs;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Prediction;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.task.CancelledException;
import org.relexcurator.task.RunningTask;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;
import org.relexcurator.ui.prediction.LabelScore.LabelFit;

/**
 * The model's view of the current candidate pair: the marked sentence exactly as the model reads
 * it, the scores of every label, and the score of the reverse direction (E2 → E1), which tells a
 * curator whether the model cares about direction at all for this pair.
 *
 * <p>Setting a pair starts one background task that scores both directions in one call. A newer
 * pair cancels the older task, and a late answer for an older pair is dropped, so the panel never
 * shows scores of a pair other than the one it names.
 */
public final class PredictionViewModel {

  private static final System.Logger LOG = System.getLogger(PredictionViewModel.class.getName());
  private static final String NONE_LABEL = "none";

  private final TaskExecutor executor;
  private final CorpusPreparation preparation;
  private final RelationSpecs specs;
  private final EntityTypeMapping types;

  private final ObjectProperty<RelationClassifier> classifier =
      new SimpleObjectProperty<>(this, "classifier");
  private final ReadOnlyObjectWrapper<PredictionState> state =
      new ReadOnlyObjectWrapper<>(this, "state", PredictionState.NO_PAIR);
  private final ReadOnlyObjectWrapper<List<SentencePiece>> sentence =
      new ReadOnlyObjectWrapper<>(this, "sentence", List.of());
  private final ReadOnlyStringWrapper direction = new ReadOnlyStringWrapper(this, "direction", "");
  private final ReadOnlyStringWrapper topLabel = new ReadOnlyStringWrapper(this, "topLabel", "");
  private final ReadOnlyStringWrapper topScore = new ReadOnlyStringWrapper(this, "topScore", "");
  private final ReadOnlyStringWrapper topNote = new ReadOnlyStringWrapper(this, "topNote", "");
  private final ReadOnlyStringWrapper reverseSummary =
      new ReadOnlyStringWrapper(this, "reverseSummary", "");
  private final ReadOnlyStringWrapper directionWarning =
      new ReadOnlyStringWrapper(this, "directionWarning", "");
  private final ReadOnlyStringWrapper specsNote = new ReadOnlyStringWrapper(this, "specsNote", "");
  private final ObservableList<LabelScore> labelScores = FXCollections.observableArrayList();
  private final ObservableList<LabelScore> labelScoresView =
      FXCollections.unmodifiableObservableList(labelScores);
  private final ReadOnlyObjectWrapper<PairPrediction> result =
      new ReadOnlyObjectWrapper<>(this, "result");
  private final ReadOnlyStringWrapper model = new ReadOnlyStringWrapper(this, "model", "");
  private final ReadOnlyBooleanWrapper testModel = new ReadOnlyBooleanWrapper(this, "testModel");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyStringWrapper errorDetails =
      new ReadOnlyStringWrapper(this, "errorDetails", "");

  private Document document;
  private CandidatePair pair;
  private RunningTask running;

  /** Counts requests; a callback whose request is no longer the latest is ignored. */
  private long generation;

  public PredictionViewModel(
      TaskExecutor executor,
      CorpusPreparation preparation,
      RelationSpecs specs,
      EntityTypeMapping types) {
    this.executor = executor;
    this.preparation = preparation;
    this.specs = specs;
    this.types = types;
    classifier.addListener(
        (observable, old, now) -> {
          describeModel(now);
          if (pair != null) {
            score();
          }
        });
    describeModel(null);
    message.set(noPairMessage());
  }

  /** The model that scores pairs; {@code null} until one is loaded. Changing it re-scores. */
  public ObjectProperty<RelationClassifier> classifierProperty() {
    return classifier;
  }

  /** Shows a pair and starts scoring it and its reverse; an earlier request is cancelled. */
  public void show(Document pairDocument, CandidatePair candidate) {
    this.document = pairDocument;
    this.pair = candidate;
    direction.set(describeDirection(candidate));
    score();
  }

  /** Shows nothing, as before the first pair, and cancels scoring in progress. */
  public void clear() {
    cancelRunning();
    generation++;
    document = null;
    pair = null;
    sentence.set(List.of());
    direction.set("");
    clearResult();
    message.set(noPairMessage());
    state.set(PredictionState.NO_PAIR);
  }

  /** Scores the current pair again, after an error. */
  public void retry() {
    if (pair != null) {
      score();
    }
  }

  private void score() {
    cancelRunning();
    long request = ++generation;
    clearResult();
    MarkedSentence forward;
    MarkedSentence reverse;
    try {
      forward = preparation.mark(document, pair);
      reverse = preparation.mark(document, pair.reversed());
    } catch (IllegalArgumentException e) {
      sentence.set(List.of());
      fail(e.getMessage(), e);
      return;
    }
    sentence.set(MarkedSentencePieces.of(forward.text()));
    RelationClassifier scorer = classifier.get();
    if (scorer == null) {
      message.set("No model loaded: load a model to score this pair.");
      state.set(PredictionState.NO_MODEL);
      return;
    }
    CandidatePair scored = pair;
    List<String> inputs = List.of(forward.text(), reverse.text());
    message.set("Scoring both directions…");
    state.set(PredictionState.SCORING);
    RunningTask task =
        executor.submit(
            "Score " + scored.key(),
            monitor -> scorer.classify(inputs, monitor),
            TaskCallbacks.of(
                predictions -> {
                  if (request == generation) {
                    showResult(new PairPrediction(scored, predictions.get(0), predictions.get(1)));
                  }
                },
                failure -> {
                  if (request == generation) {
                    failed(failure);
                  }
                }));
    // A synchronous executor has already delivered the result; only unfinished work is cancelled.
    running = task.isDone() ? null : task;
  }

  private void cancelRunning() {
    if (running != null) {
      running.cancel();
      running = null;
    }
  }

  private void showResult(PairPrediction scores) {
    Prediction forward = scores.forward();
    Set<String> listed = listedLabels(pair.first(), pair.second());
    List<LabelScore> bars = new ArrayList<>(forward.labels().size());
    double[] probabilities = forward.probabilities();
    for (int i = 0; i < probabilities.length; i++) {
      String label = forward.labels().get(i);
      bars.add(
          new LabelScore(
              label, probabilities[i], label.equals(forward.topLabel()), fit(listed, label)));
    }
    labelScores.setAll(bars);
    topLabel.set(forward.topLabel());
    topScore.set(format(forward.topScore()));
    topNote.set(
        fit(listed, forward.topLabel()) == LabelFit.NOT_LISTED
            ? "not listed for " + typeOf(pair.first()) + " → " + typeOf(pair.second())
            : "");
    reverseSummary.set(describeReverse(scores.reverse()));
    DirectionCheck check = DirectionCheck.of(forward.topLabel(), scores.reverse().topLabel());
    directionWarning.set(check.disagrees() ? "⚠ Directions disagree: " + check.reason() + "." : "");
    specsNote.set(describeSpecs(listed));
    result.set(scores);
    message.set("");
    state.set(PredictionState.RESULT);
  }

  private void failed(Throwable failure) {
    if (failure instanceof CancelledException) {
      // Only a request that nobody superseded reaches here; cancellation came from the model.
      fail("Scoring was cancelled.", failure);
    } else if (failure instanceof ClassificationException) {
      fail(failure.getMessage(), failure);
    } else {
      LOG.log(Level.WARNING, "scoring " + pair.key() + " failed", failure);
      fail("Scoring failed: " + failure, failure);
    }
  }

  private void fail(String shortMessage, Throwable cause) {
    clearResult();
    message.set(shortMessage);
    errorDetails.set(stackTrace(cause));
    state.set(PredictionState.ERROR);
  }

  private void clearResult() {
    labelScores.clear();
    topLabel.set("");
    topScore.set("");
    topNote.set("");
    reverseSummary.set("");
    directionWarning.set("");
    specsNote.set("");
    errorDetails.set("");
    result.set(null);
  }

  private void describeModel(RelationClassifier now) {
    if (now == null) {
      model.set("No model loaded");
      testModel.set(false);
      return;
    }
    ModelDescription description = now.description();
    model.set(description.name() + " on " + description.device());
    testModel.set(description.testModel());
  }

  /** Labels the specs list for E1's and E2's types, with {@code none}; empty without specs. */
  private Set<String> listedLabels(Entity first, Entity second) {
    Optional<String> type1 = types.map(first);
    Optional<String> type2 = types.map(second);
    if (type1.isEmpty() || type2.isEmpty() || !specs.allows(type1.get(), type2.get())) {
      return Set.of();
    }
    Set<String> listed = new HashSet<>(specs.labels(type1.get(), type2.get()));
    listed.add(NONE_LABEL);
    return listed;
  }

  private static LabelFit fit(Set<String> listed, String label) {
    if (listed.isEmpty()) {
      return LabelFit.NO_SPECS;
    }
    return listed.contains(label) ? LabelFit.LISTED : LabelFit.NOT_LISTED;
  }

  private String describeDirection(CandidatePair candidate) {
    return "E1 "
        + candidate.first().text()
        + " ("
        + typeOf(candidate.first())
        + ") → E2 "
        + candidate.second().text()
        + " ("
        + typeOf(candidate.second())
        + ")";
  }

  private String describeSpecs(Set<String> listed) {
    String typePair = typeOf(pair.first()) + " → " + typeOf(pair.second());
    return listed.isEmpty()
        ? "The relation specs list no labels for " + typePair + "."
        : "✓ marks the labels the relation specs list for "
            + typePair
            + " (and none); the others are dimmed.";
  }

  private String describeReverse(Prediction reverse) {
    Set<String> listed = listedLabels(pair.second(), pair.first());
    String typePair = typeOf(pair.second()) + " → " + typeOf(pair.first());
    String note =
        listed.isEmpty()
            ? " (no specs for " + typePair + ")"
            : listed.contains(reverse.topLabel()) ? "" : " (not listed for " + typePair + ")";
    return "Reverse, E2 → E1: " + reverse.topLabel() + " " + format(reverse.topScore()) + note;
  }

  private String typeOf(Entity entity) {
    return types.map(entity).orElse(entity.type());
  }

  private static String format(double score) {
    return String.format(Locale.ROOT, "%.3f", score);
  }

  private static String stackTrace(Throwable failure) {
    StringWriter out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  private String noPairMessage() {
    return "Select a candidate pair to see the model's prediction.";
  }

  public ReadOnlyObjectProperty<PredictionState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** The model's input for the pair, in styled pieces; empty without a pair. */
  public ReadOnlyObjectProperty<List<SentencePiece>> sentenceProperty() {
    return sentence.getReadOnlyProperty();
  }

  /** E1 and E2 with their types, e.g. {@code E1 aspirin (Chemical) → E2 pain (Disease)}. */
  public ReadOnlyStringProperty directionProperty() {
    return direction.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty topLabelProperty() {
    return topLabel.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty topScoreProperty() {
    return topScore.getReadOnlyProperty();
  }

  /** Says so when the top label is not among those the specs list for the type pair. */
  public ReadOnlyStringProperty topNoteProperty() {
    return topNote.getReadOnlyProperty();
  }

  /** The reverse direction's top label and score, and whether the specs list it. */
  public ReadOnlyStringProperty reverseSummaryProperty() {
    return reverseSummary.getReadOnlyProperty();
  }

  /**
   * Says why when the top labels of the two directions cannot both be true (a symmetric label one
   * way only, or a directional label both ways); empty when they can, or before a result.
   */
  public ReadOnlyStringProperty directionWarningProperty() {
    return directionWarning.getReadOnlyProperty();
  }

  /** What the ✓ and the dimming of the bars mean for this pair. */
  public ReadOnlyStringProperty specsNoteProperty() {
    return specsNote.getReadOnlyProperty();
  }

  /** Every label's score in the model's label order, which never changes between pairs. */
  public ObservableList<LabelScore> labelScores() {
    return labelScoresView;
  }

  /** Both directions' predictions once scored, for whoever keeps predictions (the queue). */
  public ReadOnlyObjectProperty<PairPrediction> resultProperty() {
    return result.getReadOnlyProperty();
  }

  /** The model's name and device. */
  public ReadOnlyStringProperty modelProperty() {
    return model.getReadOnlyProperty();
  }

  /** Whether the scores come from a random test model; the view then shows the warning. */
  public ReadOnlyBooleanProperty testModelProperty() {
    return testModel.getReadOnlyProperty();
  }

  /** A line for the states other than a result: what to do, or what went wrong. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** The full error, shown on demand. */
  public ReadOnlyStringProperty errorDetailsProperty() {
    return errorDetails.getReadOnlyProperty();
  }
}
