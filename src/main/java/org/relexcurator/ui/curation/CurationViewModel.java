package org.relexcurator.ui.curation;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Prediction;
import org.relexcurator.model.ReasonCode;
import org.relexcurator.task.TaskExecutor;

/**
 * The deciding pane's state and behaviour: the shown pair, the model's verdict on it, the labels a
 * curator can give instead ({@link LabelPicker}), and the actions accept, choose a label, none,
 * skip, flag, undo and redo. Every store call runs through the {@link TaskExecutor} ({@link
 * DecisionStoreCalls}); while a write is under way the actions do nothing, so that a second key
 * press cannot decide the same pair twice. Once a decision is stored the pane asks its {@link
 * PairNavigation} for the next pair.
 *
 * <p>Use it on the UI thread only.
 */
public final class CurationViewModel {

  private static final System.Logger LOG = System.getLogger(CurationViewModel.class.getName());

  private final DecisionStoreCalls storeCalls;
  private final LabelPicker labelPicker;
  private final Clock clock;
  private final PairNavigation navigation;

  private ModelDescription model;
  private CandidatePair pair;
  private Prediction prediction;
  private Instant shownAt;
  private Decision pairDecision;
  private boolean undoInStore;
  private boolean redoInStore;

  private final ReadOnlyBooleanWrapper hasPair = new ReadOnlyBooleanWrapper(this, "hasPair");
  private final ReadOnlyBooleanWrapper canAccept = new ReadOnlyBooleanWrapper(this, "canAccept");
  private final ReadOnlyBooleanWrapper canDecide = new ReadOnlyBooleanWrapper(this, "canDecide");
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
  private final ReadOnlyStringWrapper pairTitle = new ReadOnlyStringWrapper(this, "pairTitle");
  private final ReadOnlyStringWrapper modelVerdict =
      new ReadOnlyStringWrapper(this, "modelVerdict", "");
  private final ReadOnlyStringWrapper currentDecision =
      new ReadOnlyStringWrapper(this, "currentDecision", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
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
    this.storeCalls = new DecisionStoreCalls(store, executor, curator, this::updateAvailability);
    this.labelPicker = new LabelPicker(Objects.requireNonNull(labelChoices, "labelChoices"));
    this.clock = Objects.requireNonNull(clock, "clock");
    this.navigation = Objects.requireNonNull(navigation, "navigation");
    clear();
  }

  /**
   * Records later decisions under another name (the curator changed it in the settings); undo and
   * redo then act on that name's decisions.
   */
  public void setCurator(String curator) {
    storeCalls.setCurator(curator);
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
      labelPicker.clearFilter();
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
    labelPicker.clear();
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
    labelPicker.show(pair, modelLabels);
  }

  private void readStore() {
    String key = shownKey();
    storeCalls.read(
        key,
        snapshot -> {
          if (Objects.equals(key, shownKey())) {
            apply(snapshot);
            updateAvailability();
          }
        });
  }

  private void apply(DecisionStoreCalls.Snapshot snapshot) {
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
    if (!label.equals(Decision.NO_RELATION) && !labelPicker.offers(label)) {
      throw new IllegalArgumentException(label + " is not among the model's labels");
    }
    Instant now = clock.instant();
    decide(
        DecisionDraft.labelled(
            pair.key(),
            storeCalls.curator(),
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
    labelPicker
        .underShortcut(key)
        .ifPresentOrElse(
            choice -> choose(choice.label()), () -> status.set("No label is listed under " + key));
  }

  /** Enter in the label filter: the highlighted label. */
  public void chooseHighlighted() {
    LabelChoice highlighted = labelPicker.highlightedProperty().get();
    if (highlighted != null) {
      choose(highlighted.label());
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
            storeCalls.curator(),
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
    storeCalls.refuse(
        "Not saved: the pair shown here was no longer the pair on screen. Pick it again.");
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
    storeCalls.record(
        draft,
        afterWrite(
            written -> {
              status.set("Saved: " + DecisionSummary.verdict(written.entry()));
              if (key.equals(shownKey())) {
                reason.set(null);
                note.set("");
                labelPicker.clearFilter();
                navigation.next(pair);
              }
            }));
  }

  // ---- undo and redo

  /** Ctrl+Z: undoes this curator's latest decision still in force. */
  public void undo() {
    if (!canUndo.get()) {
      return;
    }
    storeCalls.undo(
        clock.instant(),
        shownKey(),
        afterWrite(
            written -> {
              if (written.entry() == null) {
                status.set("Nothing to undo");
                return;
              }
              status.set("Undone: " + DecisionSummary.verdict(written.subject()));
              if (!written.subject().pairKey().equals(shownKey())) {
                navigation.revisit(written.subject().pairKey());
              }
            }));
  }

  /** Ctrl+Shift+Z or Ctrl+Y: restores the decision this curator undid last. */
  public void redo() {
    if (!canRedo.get()) {
      return;
    }
    storeCalls.redo(
        clock.instant(),
        shownKey(),
        afterWrite(
            written -> {
              if (written.entry() == null) {
                status.set("Nothing to redo");
                return;
              }
              status.set("Redone: " + DecisionSummary.verdict(written.subject()));
              if (written.subject().pairKey().equals(shownKey())) {
                navigation.next(pair);
              }
            }));
  }

  /** What every stored write does first: take in the store's state after it. */
  private Consumer<DecisionStoreCalls.Written> afterWrite(
      Consumer<DecisionStoreCalls.Written> then) {
    return written -> {
      apply(written.after());
      updateAvailability();
      then.accept(written);
    };
  }

  private void updateAvailability() {
    boolean idle = !storeCalls.busyProperty().get();
    canDecide.set(idle && pair != null);
    canAccept.set(idle && pair != null && prediction != null);
    canUndo.set(idle && undoInStore);
    canRedo.set(idle && redoInStore);
  }

  private String shownKey() {
    return pair == null ? null : pair.key();
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
    return storeCalls.busyProperty();
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
    return storeCalls.errorProperty();
  }

  /** The labels the shown pair can be given, and the filter that finds one. */
  public LabelPicker labelPicker() {
    return labelPicker;
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
