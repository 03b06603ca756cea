package org.relexcurator.ui.adjudication;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.agreement.Adjudication;
import org.relexcurator.curation.project.ProjectContents;
import org.relexcurator.model.Decision;
import org.relexcurator.task.RunningTask;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;

/**
 * The adjudication pane's state and behaviour: the pairs curators labelled differently, the
 * selected one with every curator's verdict, the labels the adjudicator can give it, and a one-line
 * summary of how well the curators agree. Reading and recording run through the {@link
 * TaskExecutor}; while an adjudication is being recorded a second one is ignored, so that a double
 * key press cannot settle two pairs. An adjudicated pair leaves the list and the next one is
 * selected.
 *
 * <p>Use it on the UI thread only.
 */
public final class AdjudicationViewModel {

  private static final System.Logger LOG = System.getLogger(AdjudicationViewModel.class.getName());
  private static final String KEYS = "1234567890";

  private final CurationStore decisions;
  private final ProjectContents contents;
  private final Adjudication adjudication;
  private final TaskExecutor executor;
  private final String adjudicator;
  private final Clock clock;

  private final ObservableList<DisputedPair> pairs = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<DisputedPair> selected =
      new ReadOnlyObjectWrapper<>(this, "selected");
  private final ObservableList<FinalLabelChoice> choices = FXCollections.observableArrayList();
  // One read-only view each, kept: a view made per call listens weakly and may be collected
  // together with the listeners added to it.
  private final ObservableList<DisputedPair> readOnlyPairs =
      FXCollections.unmodifiableObservableList(pairs);
  private final ObservableList<FinalLabelChoice> readOnlyChoices =
      FXCollections.unmodifiableObservableList(choices);
  private final StringProperty note = new SimpleStringProperty(this, "note", "");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper mentionDisputes =
      new ReadOnlyStringWrapper(this, "mentionDisputes", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

  private List<String> labels = List.of();
  private String agreement = "";
  private int gold;
  private int open;
  private Instant selectedAt;
  private RunningTask reading;

  /** Counts reads and writes, so that a read that started before a write cannot undo its news. */
  private long generation;

  /**
   * @param decisions the project's decision log
   * @param contents the project's pairs (for E1 and E2) and predictions (for the labels)
   * @param executor reads and writes off the UI thread and calls back on it
   * @param adjudicator the name adjudications are recorded under
   * @param labelsWithoutPredictions the labels offered while the project holds no prediction
   * @param clock tells how long a pair was looked at before it was settled
   */
  public AdjudicationViewModel(
      CurationStore decisions,
      ProjectContents contents,
      TaskExecutor executor,
      String adjudicator,
      List<String> labelsWithoutPredictions,
      Clock clock) {
    this.decisions = Objects.requireNonNull(decisions, "decisions");
    this.contents = Objects.requireNonNull(contents, "contents");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.adjudicator = Objects.requireNonNull(adjudicator, "adjudicator");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.adjudication = new Adjudication(decisions, contents, labelsWithoutPredictions, clock);
  }

  /** Reads the disputes again: when the pane is shown, and after curators decided elsewhere. */
  public void refresh() {
    if (reading != null) {
      reading.cancel();
    }
    long read = ++generation;
    loading.set(true);
    reading =
        executor.submit(
            "Reading the disputed pairs",
            monitor -> Disputes.read(decisions, contents, adjudication),
            TaskCallbacks.of(
                disputes -> {
                  if (read == generation) {
                    show(disputes);
                  }
                },
                failure -> {
                  if (read == generation) {
                    loading.set(false);
                    error.set(message("Could not read the decisions", failure));
                  }
                }));
  }

  private void show(Disputes disputes) {
    loading.set(false);
    error.set("");
    labels = disputes.labels();
    agreement = disputes.agreement();
    gold = disputes.gold();
    open = disputes.open();
    mentionDisputes.set(
        disputes.mentionDisputes().isEmpty()
            ? ""
            : disputes.mentionDisputes().size()
                + " mention disputes, settled by editing the mention in the document:\n"
                + String.join("\n", disputes.mentionDisputes()));
    String selectedKey = selected.get() == null ? null : selected.get().pairKey();
    pairs.setAll(disputes.pairs());
    DisputedPair again =
        pairs.stream()
            .filter(pair -> pair.pairKey().equals(selectedKey))
            .findFirst()
            .orElse(pairs.isEmpty() ? null : pairs.get(0));
    selected.set(null);
    select(again);
    updateSummary();
  }

  /** Shows a pair's verdicts and the labels it can be given; null shows none. */
  public void select(DisputedPair pair) {
    if (Objects.equals(pair, selected.get())) {
      return;
    }
    selected.set(pair);
    selectedAt = clock.instant();
    note.set("");
    choices.setAll(pair == null ? List.of() : choicesFor(pair));
  }

  /** The curators' labels first, each with who gave it, then the project's other labels. */
  private List<FinalLabelChoice> choicesFor(DisputedPair pair) {
    Map<String, List<String>> givenBy = new LinkedHashMap<>();
    for (CuratorVerdict verdict : pair.verdicts()) {
      if (verdict.label() != null) {
        givenBy.computeIfAbsent(verdict.label(), label -> new ArrayList<>()).add(verdict.curator());
      }
    }
    List<String> ordered = new ArrayList<>(givenBy.keySet());
    labels.stream().filter(label -> !givenBy.containsKey(label)).forEach(ordered::add);
    List<FinalLabelChoice> choices = new ArrayList<>(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      String label = ordered.get(i);
      choices.add(
          new FinalLabelChoice(
              label,
              i < KEYS.length() ? String.valueOf(KEYS.charAt(i)) : "",
              String.join(", ", givenBy.getOrDefault(label, List.of()))));
    }
    return choices;
  }

  /** Records {@code label} as the selected pair's gold label, with the note. */
  public void adjudicate(String label) {
    DisputedPair pair = selected.get();
    if (pair == null || busy.get()) {
      return;
    }
    Instant now = clock.instant();
    Duration spent = Duration.between(selectedAt, now);
    String remark = note.get();
    busy.set(true);
    generation++;
    executor.submit(
        "Recording the adjudication",
        monitor ->
            adjudication.record(
                pair.pairKey(),
                label,
                adjudicator,
                remark,
                spent.isNegative() ? Duration.ZERO : spent),
        TaskCallbacks.of(
            decision -> {
              settled(pair, decision);
              readAgainIfSuperseded();
            },
            failure -> {
              busy.set(false);
              error.set(message("Could not record the adjudication", failure));
              readAgainIfSuperseded();
            }));
  }

  /** A read the write overtook was ignored; it is made again now that the write is done. */
  private void readAgainIfSuperseded() {
    if (loading.get()) {
      refresh();
    }
  }

  private void settled(DisputedPair pair, Decision decision) {
    busy.set(false);
    error.set("");
    status.set("Adjudicated " + pair.pairKey() + ": " + decision.label());
    // Decided before the row goes: a table that moves its selection on removal must not decide.
    boolean wasSelected = pair.equals(selected.get());
    int index = pairs.indexOf(pair);
    DisputedPair next =
        index < 0 || pairs.size() == 1
            ? null
            : pairs.get(index + 1 < pairs.size() ? index + 1 : index - 1);
    pairs.remove(pair);
    gold++;
    if (wasSelected) {
      select(next);
    }
    updateSummary();
  }

  /** Number keys: the label listed under {@code key} ("1" to "9", "0"), if any. */
  public void chooseShortcut(String key) {
    choices.stream()
        .filter(choice -> choice.shortcut().equals(key))
        .findFirst()
        .ifPresent(choice -> adjudicate(choice.label()));
  }

  private void updateSummary() {
    summary.set(
        String.format(
            Locale.ROOT,
            "%s · %d disputed, %d gold, %d open",
            agreement,
            pairs.size(),
            gold,
            open));
  }

  private static String message(String what, Throwable failure) {
    if (failure instanceof CurationStoreException) {
      return what + ": " + failure.getMessage();
    }
    LOG.log(Level.ERROR, what, failure);
    return what
        + ": an unexpected error ("
        + failure.getClass().getSimpleName()
        + "); details are in the log";
  }

  /** The disputed pairs, in the order first decided. */
  public ObservableList<DisputedPair> pairs() {
    return readOnlyPairs;
  }

  public ReadOnlyObjectProperty<DisputedPair> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  /** The labels the selected pair can be given, the curators' first. */
  public ObservableList<FinalLabelChoice> choices() {
    return readOnlyChoices;
  }

  /** The note recorded with the next adjudication. */
  public StringProperty noteProperty() {
    return note;
  }

  /** {@code alice–bob κ 0.143 (3 pairs) · 2 disputed, 2 gold, 0 open}. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /**
   * Where curators' mention edits conflict, one line each under a heading; empty when they do not.
   */
  public ReadOnlyStringProperty mentionDisputesProperty() {
    return mentionDisputes.getReadOnlyProperty();
  }

  /** What the last adjudication did. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Why the last read or write failed; empty after a success. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** True while an adjudication is being recorded. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** True while the disputes are being read. */
  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }
}
