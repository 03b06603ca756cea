package org.relexcurator.ui.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.relexcurator.curation.evaluation.ComparedRow;
import org.relexcurator.curation.evaluation.CuratedPairs;
import org.relexcurator.curation.evaluation.CuratedPairsReader;
import org.relexcurator.curation.evaluation.Evaluation;
import org.relexcurator.curation.evaluation.EvaluationReport;
import org.relexcurator.curation.evaluation.EvaluationSettings;
import org.relexcurator.curation.evaluation.LabelMetrics;
import org.relexcurator.curation.evaluation.MetricIntervals;
import org.relexcurator.curation.evaluation.ReliabilityBin;
import org.relexcurator.curation.evaluation.ReportFigures;
import org.relexcurator.curation.evaluation.ReportText;
import org.relexcurator.curation.evaluation.Weighting;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.task.CancelledException;
import org.relexcurator.task.RunningTask;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;

/**
 * The evaluation report of a curated-pairs export: the model's per-label metrics beside the model
 * card's, the confusion matrix, the reliability diagram and what to know before trusting them.
 * Reading and scoring run in the background; a newer request supersedes an older one, whose late
 * answer is dropped. Changing the weighting scores the same pairs again without re-reading.
 */
public final class EvaluationReportViewModel {

  private final TaskExecutor executor;
  private final EvaluationSettings defaults;

  private final ObjectProperty<Weighting> weighting =
      new SimpleObjectProperty<>(this, "weighting", Weighting.POST_STRATIFIED);
  private final ReadOnlyObjectWrapper<ReportState> state =
      new ReadOnlyObjectWrapper<>(this, "state", ReportState.EMPTY);
  private final ReadOnlyObjectWrapper<EvaluationReport> report =
      new ReadOnlyObjectWrapper<>(this, "report");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper accuracy = new ReadOnlyStringWrapper(this, "accuracy", "");
  private final ReadOnlyStringWrapper ece = new ReadOnlyStringWrapper(this, "ece", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyBooleanWrapper testModel = new ReadOnlyBooleanWrapper(this, "testModel");
  private final ReadOnlyObjectWrapper<ConfusionGrid> confusion =
      new ReadOnlyObjectWrapper<>(this, "confusion", ConfusionGrid.EMPTY);
  private final ObservableList<MetricRow> rows = FXCollections.observableArrayList();
  private final ObservableList<MetricRow> shownRows =
      FXCollections.unmodifiableObservableList(rows);
  private final ObservableList<String> notes = FXCollections.observableArrayList();
  private final ObservableList<String> shownNotes = FXCollections.unmodifiableObservableList(notes);
  private final ObservableList<ReliabilityBin> bins = FXCollections.observableArrayList();
  private final ObservableList<ReliabilityBin> shownBins =
      FXCollections.unmodifiableObservableList(bins);

  private CuratedPairs pairs;
  private RunningTask running;
  private long request;

  /** A view-model evaluating with the default bootstrap (1000 resamples, seed 42). */
  public EvaluationReportViewModel(TaskExecutor executor) {
    this(executor, EvaluationSettings.defaults());
  }

  public EvaluationReportViewModel(TaskExecutor executor, EvaluationSettings defaults) {
    this.executor = executor;
    this.defaults = defaults;
    weighting.set(defaults.weighting());
    weighting.addListener(
        (observable, old, now) -> {
          if (pairs != null && now != null) {
            evaluate(pairs);
          }
        });
  }

  /** Reads a curated-pairs export and evaluates it in the background. */
  public void open(Path file) {
    long id = supersede();
    running =
        executor.submit(
            "Evaluating " + file.getFileName(),
            monitor -> {
              CuratedPairs read = CuratedPairsReader.read(file);
              monitor.checkCancelled();
              return new Scored(read, Evaluation.of(read, settings()));
            },
            TaskCallbacks.of(
                result -> {
                  if (id == request) {
                    pairs = result.pairs();
                    show(result.report());
                  }
                },
                failure -> fail(id, failure)));
  }

  /** Switches between post-stratified weighting and plain counts. */
  public void toggleWeighting() {
    weighting.set(weighting.get() == Weighting.NONE ? Weighting.POST_STRATIFIED : Weighting.NONE);
  }

  /** Stops a running evaluation; what was shown before stays. */
  public void cancel() {
    if (running != null && !running.isDone()) {
      running.cancel();
      request++;
      state.set(report.get() == null ? ReportState.EMPTY : ReportState.REPORT);
    }
  }

  /** Shows a report made elsewhere. */
  public void show(EvaluationReport shown) {
    report.set(shown);
    title.set(ReportText.title(shown));
    summary.set(ReportText.summary(shown));
    accuracy.set(ReportText.accuracy(shown));
    ece.set("ECE " + ReportFigures.metric(shown.reliability().expectedCalibrationError()));
    testModel.set(shown.testModel());
    notes.setAll(ReportText.notesBelowBanner(shown));
    rows.setAll(rows(shown));
    confusion.set(ConfusionGrid.of(shown.matrix(), shown.plainCounts()));
    bins.setAll(shown.reliability().bins());
    error.set("");
    state.set(ReportState.REPORT);
  }

  private void evaluate(CuratedPairs read) {
    long id = supersede();
    EvaluationSettings settings = settings();
    running =
        executor.submit(
            "Evaluating " + read.source(),
            monitor -> Evaluation.of(read, settings),
            TaskCallbacks.of(
                shown -> {
                  if (id == request) {
                    show(shown);
                  }
                },
                failure -> fail(id, failure)));
  }

  private long supersede() {
    if (running != null && !running.isDone()) {
      running.cancel();
    }
    state.set(ReportState.EVALUATING);
    return ++request;
  }

  private void fail(long id, Throwable failure) {
    if (id != request || failure instanceof CancelledException) {
      return;
    }
    error.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
    state.set(ReportState.FAILED);
  }

  private EvaluationSettings settings() {
    return new EvaluationSettings(weighting.get(), defaults.resamples(), defaults.seed());
  }

  private static List<MetricRow> rows(EvaluationReport shown) {
    List<MetricRow> rows = new ArrayList<>();
    for (ComparedRow row : shown.card().rows()) {
      LabelMetrics ours = row.ours();
      MetricIntervals ci = shown.bootstrap().map(b -> b.row(ours.label())).orElse(null);
      LabelMetrics card = row.card();
      boolean average = rows.size() >= shown.classification().labels().size();
      rows.add(
          new MetricRow(
              ours.label(),
              ReportFigures.metric(ours.precision()),
              ReportFigures.metric(ours.recall()),
              ReportFigures.metric(ours.f1()),
              ReportFigures.support(ours.support(), shown.plainCounts()),
              ReportFigures.interval(ci == null ? null : ci.precision()),
              ReportFigures.interval(ci == null ? null : ci.recall()),
              ReportFigures.interval(ci == null ? null : ci.f1()),
              card == null ? ReportFigures.NONE : ReportFigures.metric(card.precision()),
              card == null ? ReportFigures.NONE : ReportFigures.metric(card.recall()),
              card == null ? ReportFigures.NONE : ReportFigures.metric(card.f1()),
              ReportFigures.difference(row.f1Difference()),
              average));
    }
    return rows;
  }

  private record Scored(CuratedPairs pairs, EvaluationReport report) {}

  public ObjectProperty<Weighting> weightingProperty() {
    return weighting;
  }

  public ReadOnlyObjectProperty<ReportState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty accuracyProperty() {
    return accuracy.getReadOnlyProperty();
  }

  /** {@code ECE 0.240}. */
  public ReadOnlyStringProperty eceProperty() {
    return ece.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** True when every prediction comes from a test model: show {@link #testModelWarning()}. */
  public ReadOnlyBooleanProperty testModelProperty() {
    return testModel.getReadOnlyProperty();
  }

  public String testModelWarning() {
    return ModelDescription.TEST_MODEL_WARNING;
  }

  public String cardCaveat() {
    return ReportText.cardCaveat();
  }

  public ReadOnlyObjectProperty<ConfusionGrid> confusionProperty() {
    return confusion.getReadOnlyProperty();
  }

  /** Rows of the metrics table: each label, then the macro and weighted averages. */
  public ObservableList<MetricRow> rows() {
    return shownRows;
  }

  /** What to know before trusting the numbers: weighting, uncovered strata, left-out pairs. */
  public ObservableList<String> notes() {
    return shownNotes;
  }

  /** The ten bands of the reliability diagram. */
  public ObservableList<ReliabilityBin> bins() {
    return shownBins;
  }
}
