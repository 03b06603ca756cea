package org.relexcurator.ui.curation;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Prediction;
import org.relexcurator.model.ReasonCode;
import org.relexcurator.task.BackgroundWork;
import org.relexcurator.task.RunningTask;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;

/**
 * The deciding pane's state and behaviour: the shown pair, the model's verdict on it, the labels a
 * curator can give instead, and the actions accept, choose a label, none, skip, flag, undo and
 * redo. Every store call runs through the {@link TaskExecutor}; while a write is under way the
 * actions do nothing, so that a second key press cannot decide the same pair twice. Once a decision
 * is stored the pane asks its {@link PairNavigation} for the next pair.
 *
 * <p>Use it on the UI thread only.
 */
public final class CurationViewModel {

  private static final System.Logger LOG = System.getLogger(CurationViewModel.class.getName());

  /** What the store looked like right after a call, as far as this pane cares. */
  private record StoreSnapshot(
      String pairKey, Decision pairDecision, boolean canUndo, boolean canRedo) {}

  /**
   * A write's outcome.
   *
   * @param entry the log entry written; null if there was nothing to undo or redo
   * @param subject the decision the entry is about: itself, or the one undone or redone
   */
  private record Written(Decision entry, Decision subject, StoreSnapshot after) {}

  private final CurationStore store;
  private final TaskExecutor executor;

  /** Volatile: store calls read it on background threads, and the settings can change it. */
  private volatile String curator;

  private final LabelChoices labelChoices;
  private final Clock clock;
  private final PairNavigation navigation;

  private ModelDescription model;
  private CandidatePair pair;
  private Prediction prediction;
  private Instant shownAt;
  private Decision pairDecision;
  private boolean undoInStore;
  private boolean redoInStore;
  private RunningTask reading;

  /** Counts writes, so that a read that started before the latest write cannot undo its news. */
  private long writes;

  private final ReadOnlyBooleanWrapper hasPair = new ReadOnlyBooleanWrapper(this, "hasPair");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyBooleanWrapper canAccept = new ReadOnlyBooleanWrapper(this, "canAccept");
  private final ReadOnlyBooleanWrapper canDecide = new ReadOnlyBooleanWrapper(this, "canDecide");
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
  private final ReadOnlyStringWrapper pairTitle = new ReadOnlyStringWrapper(this, "pairTitle");
  private final ReadOnlyStringWrapper modelVerdict =
      new ReadOnlyStringWrapper(this, "modelVerdict", "");
  private final ReadOnlyStringWrapper labelsCaption =
      new ReadOnlyStringWrapper(this, "labelsCaption", "");
  private final ReadOnlyStringWrapper currentDecision =
      new ReadOnlyStringWrapper(this, "currentDecision", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ObservableList<LabelChoice> labels = FXCollections.observableArrayList();
  private final FilteredList<LabelChoice> visibleLabels = new FilteredList<>(labels);
  private final StringProperty labelFilter = new SimpleStringProperty(this, "labelFilter", "");
  private final ReadOnlyObjectWrapper<LabelChoice> highlighted =
      new ReadOnlyObjectWrapper<>(this, "highlighted");
  private final ObjectProperty<ReasonCode> reason = new SimpleObjectProperty<>(this, "reason");
  private final StringProperty note = new SimpleStringProperty(this, "note", "");

  /**
   * @param store where decisions go
   * @param executor runs store calls off the UI thread and calls back on it
   * @param curator the name decisions are recorded under; undo and redo act on this curator's
   *     decisions only
   * @param labelChoices orders the model's labels for each pair
   * @param clock tells when a pair was shown and a decision made
   * @param navigation the review queue, asked for the next pair after each decision
   */
  public CurationViewModel(
      CurationStore store,
      TaskExecutor executor,
      String curator,
      LabelChoices labelChoices,
      Clock clock,
      PairNavigation navigation) {
    this.store = Objects.requireNonNull(store, "store");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.curator = Objects.requireNonNull(curator, "curator");
    this.labelChoices = Objects.requireNonNull(labelChoices, "labelChoices");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.navigation = Objects.requireNonNull(navigation, "navigation");
    labelFilter.addListener(
        (property, before, filter) -> {
          visibleLabels.setPredicate(choice -> matches(choice, filter));
          highlightFirst();
        });
    clear();
  }

  /**
   * Records later decisions under another name (the curator changed it in the settings); undo and
   * redo then act on that name's decisions.
   */
  public void setCurator(String curator) {
    this.curator = Objects.requireNonNull(curator, "curator");
    readStore();
  }

  // ---- what is shown

  /**
   * The model whose labels a curator chooses from and whose predictions {@link #show} gets; null
   * while none is loaded.
   */
  public void setModel(ModelDescription model) {
    this.model = model;
    if (pair != null) {
      showLabels();
    }
  }

  /**
   * Shows a pair to decide on. Call again with the same pair when its prediction arrives: the time
   * spent on the pair keeps counting from the first call.
   *
   * @param prediction the model's prediction for the pair, or null if it has none yet
   */
  public void show(CandidatePair pair, Prediction prediction) {
    Objects.requireNonNull(pair, "pair");
    boolean samePair = this.pair != null && this.pair.key().equals(pair.key());
    this.pair = pair;
    this.prediction = prediction;
    if (!samePair) {
      shownAt = clock.instant();
      pairDecision = null;
      currentDecision.set("");
      reason.set(null);
      note.set("");
      labelFilter.set("");
      readStore();
    }
    hasPair.set(true);
    pairTitle.set(
        "E1 "
            + pair.first().text()
            + " → E2 "
            + pair.second().text()
            + (pair.crossesSentences() ? "  (across sentences)" : ""));
    modelVerdict.set(
        prediction == null
            ? "no prediction yet"
            : prediction.topLabel()
                + " · "
                + String.format(Locale.ROOT, "%.2f", prediction.topScore()));
    showLabels();
    updateAvailability();
  }

  /** Shows no pair, e.g. when the queue is empty. Undo and redo still work. */
  public void clear() {
    pair = null;
    prediction = null;
    pairDecision = null;
    hasPair.set(false);
    pairTitle.set("No pair selected");
    modelVerdict.set("");
    currentDecision.set("");
    labels.clear();
    labelsCaption.set("");
    readStore();
    updateAvailability();
  }

  /** Recomputes "2 min ago"; the view calls this now and then. */
  public void refreshTimes() {
    if (pairDecision != null) {
      currentDecision.set(DecisionSummary.describe(pairDecision, clock.instant(), clock.getZone()));
    }
  }

  private void showLabels() {
    List<String> modelLabels =
        prediction != null ? prediction.labels() : model != null ? model.labels() : List.of();
    labels.setAll(labelChoices.forPair(pair, modelLabels));
    String types = labelChoices.typePair(pair);
    if (modelLabels.isEmpty()) {
      labelsCaption.set("Load a model to choose among its labels");
    } else if (labelChoices.inSpecs(pair)) {
      labelsCaption.set("Labels the relation specs allow for " + types + " come first");
    } else {
      labelsCaption.set(
          types + " is not in the relation specs: the model never saw this type pair");
    }
    highlightFirst();
  }

  private void readStore() {
    if (reading != null) {
      reading.cancel();
    }
    String key = shownKey();
    long writesBefore = writes;
    reading =
        executor.submit(
            "Reading decisions",
            monitor -> snapshot(key),
            TaskCallbacks.of(
                snapshot -> {
                  if (Objects.equals(key, shownKey()) && writesBefore == writes) {
                    apply(snapshot);
                    updateAvailability();
                  }
                },
                failure -> error.set(message("Could not read the decisions", failure))));
  }

  /** Runs on a background thread: reads only what it was given. */
  private StoreSnapshot snapshot(String key) throws CurationStoreException {
    Decision decision = key == null ? null : store.current(key).orElse(null);
    return new StoreSnapshot(
        key, decision, store.undoable(curator).isPresent(), store.redoable(curator).isPresent());
  }

  private void apply(StoreSnapshot snapshot) {
    undoInStore = snapshot.canUndo();
    redoInStore = snapshot.canRedo();
    if (snapshot.pairKey() != null && snapshot.pairKey().equals(shownKey())) {
      pairDecision = snapshot.pairDecision();
      if (pairDecision == null) {
        currentDecision.set("not decided yet");
      } else {
        refreshTimes();
      }
    }
  }

  // ---- deciding

  /** Enter: the model's top label is right. Needs a prediction. */
  public void accept() {
    if (canAccept.get()) {
      choose(prediction.topLabel());
    }
  }

  /** Gives the shown pair {@code label}, one of the model's labels or {@code none}. */
  public void choose(String label) {
    if (!canDecide.get() || !stillOnScreen()) {
      return;
    }
    if (!label.equals(Decision.NO_RELATION)
        && labels.stream().noneMatch(choice -> choice.label().equals(label))) {
      throw new IllegalArgumentException(label + " is not among the model's labels");
    }
    Instant now = clock.instant();
    decide(
        DecisionDraft.labelled(
            pair.key(),
            curator,
            label,
            predictedLabel(),
            predictedScore(),
            reason.get(),
            note.get(),
            now,
            timeSpent(now)));
  }

  /**
   * Number keys: the label listed under {@code key} ("1" to "9", "0"). Without a pair, or with no
   * label under that number, the status line says so: a key never does nothing silently.
   */
  public void chooseShortcut(String key) {
    if (pair == null) {
      status.set("No pair to label: pick E1 and E2 in the text, or a pair in the queue");
      return;
    }
    labels.stream()
        .filter(choice -> choice.shortcut().equals(key))
        .findFirst()
        .ifPresentOrElse(
            choice -> choose(choice.label()), () -> status.set("No label is listed under " + key));
  }

  /** Enter in the label filter: the highlighted label. */
  public void chooseHighlighted() {
    if (highlighted.get() != null) {
      choose(highlighted.get().label());
    }
  }

  /** N: there is no relation between E1 and E2. */
  public void markNone() {
    choose(Decision.NO_RELATION);
  }

  /** S: leave the pair for later. */
  public void skip() {
    unlabelled(DecisionAction.SKIPPED);
  }

  /** F: the pair needs discussion. */
  public void flag() {
    unlabelled(DecisionAction.FLAGGED);
  }

  private void unlabelled(DecisionAction action) {
    if (!canDecide.get() || !stillOnScreen()) {
      return;
    }
    Instant now = clock.instant();
    decide(
        new DecisionDraft(
            pair.key(),
            curator,
            action,
            null,
            predictedLabel(),
            predictedScore(),
            reason.get(),
            note.get(),
            now,
            timeSpent(now),
            null));
  }

  /**
   * Whether the pair this pane would record is the very pair the window shows. A pane left showing
   * a pair the window no longer shows (another corpus or document came) is a bug, but one that
   * would write wrong gold; so it records nothing, empties itself and says why.
   */
  private boolean stillOnScreen() {
    if (pair.equals(navigation.onScreen())) {
      return true;
    }
    LOG.log(Level.WARNING, "refused a decision about " + pair.key() + ", no longer on screen");
    clear();
    error.set("Not saved: the pair shown here was no longer the pair on screen. Pick it again.");
    return false;
  }

  private String predictedLabel() {
    return prediction == null ? null : prediction.topLabel();
  }

  private Double predictedScore() {
    return prediction == null ? null : prediction.topScore();
  }

  private Duration timeSpent(Instant now) {
    Duration spent = Duration.between(shownAt, now);
    return spent.isNegative() ? Duration.ZERO : spent;
  }

  private void decide(DecisionDraft draft) {
    String key = draft.pairKey();
    write(
        "Saving decision",
        "Could not save the decision",
        monitor -> {
          Decision stored = store.record(draft);
          return new Written(stored, stored, snapshot(key));
        },
        written -> {
          status.set("Saved: " + DecisionSummary.verdict(written.entry()));
          if (key.equals(shownKey())) {
            reason.set(null);
            note.set("");
            labelFilter.set("");
            navigation.next(pair);
          }
        });
  }

  // ---- undo and redo

  /** Ctrl+Z: undoes this curator's latest decision still in force. */
  public void undo() {
    if (!canUndo.get()) {
      return;
    }
    Instant now = clock.instant();
    String shown = shownKey();
    write(
        "Undoing",
        "Could not undo",
        monitor -> {
          Optional<Decision> target = store.undoable(curator);
          Decision entry =
              target.isEmpty() ? null : store.record(DecisionDraft.undo(target.get(), now));
          return new Written(entry, target.orElse(null), snapshot(shown));
        },
        written -> {
          if (written.entry() == null) {
            status.set("Nothing to undo");
            return;
          }
          status.set("Undone: " + DecisionSummary.verdict(written.subject()));
          if (!written.subject().pairKey().equals(shownKey())) {
            navigation.revisit(written.subject().pairKey());
          }
        });
  }

  /** Ctrl+Shift+Z or Ctrl+Y: restores the decision this curator undid last. */
  public void redo() {
    if (!canRedo.get()) {
      return;
    }
    Instant now = clock.instant();
    String shown = shownKey();
    write(
        "Redoing",
        "Could not redo",
        monitor -> {
          Optional<Decision> target = store.redoable(curator);
          Decision entry =
              target.isEmpty() ? null : store.record(DecisionDraft.redo(target.get(), now));
          return new Written(entry, target.orElse(null), snapshot(shown));
        },
        written -> {
          if (written.entry() == null) {
            status.set("Nothing to redo");
            return;
          }
          status.set("Redone: " + DecisionSummary.verdict(written.subject()));
          if (written.subject().pairKey().equals(shownKey())) {
            navigation.next(pair);
          }
        });
  }

  private void write(
      String title, String failureMessage, BackgroundWork<Written> work, Consumer<Written> then) {
    busy.set(true);
    writes++;
    updateAvailability();
    executor.submit(
        title,
        work,
        TaskCallbacks.of(
            written -> {
              busy.set(false);
              error.set("");
              apply(written.after());
              updateAvailability();
              then.accept(written);
            },
            failure -> {
              busy.set(false);
              error.set(message(failureMessage, failure));
              updateAvailability();
            }));
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

  private void updateAvailability() {
    boolean idle = !busy.get();
    canDecide.set(idle && pair != null);
    canAccept.set(idle && pair != null && prediction != null);
    canUndo.set(idle && undoInStore);
    canRedo.set(idle && redoInStore);
  }

  private String shownKey() {
    return pair == null ? null : pair.key();
  }

  // ---- the label filter

  /** Down in the label filter. */
  public void highlightNext() {
    moveHighlight(1);
  }

  /** Up in the label filter. */
  public void highlightPrevious() {
    moveHighlight(-1);
  }

  private void moveHighlight(int step) {
    if (visibleLabels.isEmpty()) {
      return;
    }
    int index = visibleLabels.indexOf(highlighted.get()) + step;
    highlighted.set(visibleLabels.get(Math.max(0, Math.min(visibleLabels.size() - 1, index))));
  }

  /**
   * Highlights the first match of what was typed; nothing while nothing is typed, so that the list
   * never seems to say that Enter gives another label than the model's.
   */
  private void highlightFirst() {
    boolean typed = !labelFilter.get().isBlank();
    highlighted.set(typed && !visibleLabels.isEmpty() ? visibleLabels.get(0) : null);
  }

  /**
   * Whether a label matches what was typed: a number key, or part of its name, where a space also
   * matches an underscore ("co exp" finds co_expressed_with).
   */
  private static boolean matches(LabelChoice choice, String filter) {
    String typed = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    return typed.isEmpty()
        || choice.shortcut().equals(typed)
        || choice
            .label()
            .toLowerCase(Locale.ROOT)
            .replace('_', ' ')
            .contains(typed.replace('_', ' '));
  }

  // ---- properties

  /** The pair a decision now would be about; null for none. */
  public CandidatePair shownPair() {
    return pair;
  }

  public ReadOnlyBooleanProperty hasPairProperty() {
    return hasPair.getReadOnlyProperty();
  }

  /** True while a decision, undo or redo is being stored. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canAcceptProperty() {
    return canAccept.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canDecideProperty() {
    return canDecide.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  /** {@code E1 BRCA1 → E2 breast cancer}. */
  public ReadOnlyStringProperty pairTitleProperty() {
    return pairTitle.getReadOnlyProperty();
  }

  /** The model's top label and its score, or "no prediction yet". */
  public ReadOnlyStringProperty modelVerdictProperty() {
    return modelVerdict.getReadOnlyProperty();
  }

  /** Says how the labels are ordered for this pair's types, or why they are not. */
  public ReadOnlyStringProperty labelsCaptionProperty() {
    return labelsCaption.getReadOnlyProperty();
  }

  /** The shown pair's decision in force: {@code corrected → inhibits by alice 2 min ago}. */
  public ReadOnlyStringProperty currentDecisionProperty() {
    return currentDecision.getReadOnlyProperty();
  }

  /** What the last write did: {@code Saved: accepted treats}, {@code Undone: skipped}. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Why the last store call failed, for the curator; empty after a success. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** The model's labels but {@code none}, ordered for the shown pair. */
  public ObservableList<LabelChoice> labels() {
    return FXCollections.unmodifiableObservableList(labels);
  }

  /** The labels that match {@link #labelFilterProperty()}. */
  public ObservableList<LabelChoice> visibleLabels() {
    return visibleLabels;
  }

  /** What the curator typed to find a label. */
  public StringProperty labelFilterProperty() {
    return labelFilter;
  }

  /** The label Enter in the filter chooses: the first match, or where Up and Down moved. */
  public ReadOnlyObjectProperty<LabelChoice> highlightedProperty() {
    return highlighted.getReadOnlyProperty();
  }

  /** The reason given with the next decision; null for none. */
  public ObjectProperty<ReasonCode> reasonProperty() {
    return reason;
  }

  /** The note given with the next decision. */
  public StringProperty noteProperty() {
    return note;
  }
}
