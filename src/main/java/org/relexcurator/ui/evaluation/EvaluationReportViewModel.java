package org.relexcurator.ui.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.relexcurator.io.AtomicFiles;
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
  private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
  private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
  private final ReadOnlyBooleanWrapper estimates = new ReadOnlyBooleanWrapper(this, "estimates");
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
  private ReportFileChoice fileChoice = suggested -> Optional.empty();
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

  /** Evaluates pairs read elsewhere, e.g. a project's, in the background. */
  public void evaluate(CuratedPairs read) {
    pairs = read;
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

  /** Where {@link #saveAs()} asks for a file; the view sets a file dialog. */
  public void setFileChoice(ReportFileChoice choice) {
    this.fileChoice = choice;
  }

  /**
   * Asks for a file and writes the report shown into it in the background, in the format chosen,
   * whole or not at all.
   */
  public void saveAs() {
    EvaluationReport shown = report.get();
    if (shown == null || saving.get()) {
      return;
    }
    Optional<ReportFile> chosen = fileChoice.choose("evaluation");
    if (chosen.isEmpty()) {
      return;
    }
    ReportFile file = chosen.get();
    saving.set(true);
    saved.set("Saving " + file.path().getFileName() + "…");
    executor.submit(
        "Saving " + file.path().getFileName(),
        monitor -> {
          AtomicFiles.writeString(file.path(), file.format().render(shown));
          return file.path();
        },
        TaskCallbacks.of(
            path -> {
              saving.set(false);
              saved.set("Saved " + path);
            },
            failure -> {
              saving.set(false);
              saved.set(
                  "Could not save "
                      + file.path()
                      + ": "
                      + (failure.getMessage() == null ? failure : failure.getMessage()));
            }));
  }

  /** Shows a report made elsewhere. */
  public void show(EvaluationReport shown) {
    report.set(shown);
    title.set(ReportText.title(shown));
    summary.set(ReportText.summary(shown));
    accuracy.set(ReportText.accuracy(shown));
    ece.set("ECE " + ReportFigures.metric(shown.reliability().expectedCalibrationError()));
    testModel.set(shown.testModel());
    estimates.set(!shown.plainCounts());
    notes.setAll(ReportText.notesBelowBanner(shown));
    rows.setAll(rows(shown));
    confusion.set(ConfusionGrid.of(shown.matrix(), shown.plainCounts()));
    bins.setAll(shown.reliability().bins());
    error.set("");
    state.set(ReportState.REPORT);
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
      LabelMetrics card = row.card();
      boolean average = rows.size() >= shown.classification().labels().size();
      rows.add(
          new MetricRow(
              ours.label(),
              ReportFigures.metric(ours.precision()),
              ReportFigures.metric(ours.recall()),
              ReportFigures.metric(ours.f1()),
              Integer.toString(shown.reviewed().of(ours.label())),
              shown.plainCounts()
                  ? ReportFigures.NONE
                  : ReportFigures.support(ours.support(), false),
              intervals(shown, ours.label()),
              card == null ? ReportFigures.NONE : ReportFigures.metric(card.precision()),
              card == null ? ReportFigures.NONE : ReportFigures.metric(card.recall()),
              card == null ? ReportFigures.NONE : ReportFigures.metric(card.f1()),
              ReportFigures.difference(row.f1Difference()),
              average));
    }
    return rows;
  }

  /** Precision, recall and F1 intervals in one cell, or why there are none. */
  private static String intervals(EvaluationReport shown, String label) {
    if (shown.bootstrap().isPresent() && shown.intervals(label).isEmpty()) {
      return ReportText.tooFewToEstimate(shown.reviewed().of(label));
    }
    return String.join(
        "  ·  ",
        ReportText.interval(shown, label, MetricIntervals::precision),
        ReportText.interval(shown, label, MetricIntervals::recall),
        ReportText.interval(shown, label, MetricIntervals::f1));
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

  /** What became of the last save: where it went or why it failed; empty before any. */
  public ReadOnlyStringProperty savedProperty() {
    return saved.getReadOnlyProperty();
  }

  /** True while a save is being written. */
  public ReadOnlyBooleanProperty savingProperty() {
    return saving.getReadOnlyProperty();
  }

  /**
   * True when the figures are weighted, so that supports and matrix cells are estimates over all
   * predicted pairs rather than counts of reviewed ones.
   */
  public ReadOnlyBooleanProperty estimatesProperty() {
    return estimates.getReadOnlyProperty();
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
