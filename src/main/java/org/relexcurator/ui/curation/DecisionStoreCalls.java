package org.relexcurator.ui.curation;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.task.BackgroundWork;
import org.relexcurator.task.RunningTask;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;

/**
 * The deciding pane's calls to the curation store, each run through the {@link TaskExecutor} and
 * answered on the UI thread: reading the shown pair's decision and what this curator can undo and
 * redo, and writing a decision, an undo or a redo. {@link #busyProperty()} is true while a write is
 * under way; a failed call's message for the curator is in {@link #errorProperty()}.
 */
final class DecisionStoreCalls {

  private static final System.Logger LOG = System.getLogger(DecisionStoreCalls.class.getName());

  /** What the store looked like right after a call, as far as the pane cares. */
  record Snapshot(String pairKey, Decision pairDecision, boolean canUndo, boolean canRedo) {}

  /**
   * A write's outcome.
   *
   * @param entry the log entry written; null if there was nothing to undo or redo
   * @param subject the decision the entry is about: itself, or the one undone or redone
   */
  record Written(Decision entry, Decision subject, Snapshot after) {}

  private final CurationStore store;
  private final TaskExecutor executor;
  private final Runnable busyChanged;

  /** Volatile: store calls read it on background threads, and the settings can change it. */
  private volatile String curator;

  private RunningTask reading;

  /** Counts writes, so that a read that started before the latest write cannot undo its news. */
  private long writes;

  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

  /**
   * @param curator the name decisions are recorded under; undo and redo act on this curator's
   *     decisions only
   * @param busyChanged told when a write starts, and when one fails; a successful write's own
   *     callback comes instead
   */
  DecisionStoreCalls(
      CurationStore store, TaskExecutor executor, String curator, Runnable busyChanged) {
    this.store = Objects.requireNonNull(store, "store");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.curator = Objects.requireNonNull(curator, "curator");
    this.busyChanged = busyChanged;
  }

  String curator() {
    return curator;
  }

  void setCurator(String curator) {
    this.curator = Objects.requireNonNull(curator, "curator");
  }

  /**
   * Reads the decision in force on the pair with {@code key} (none for a null key) and what can be
   * undone and redone, and hands it to {@code fresh} unless a write started meanwhile. A newer read
   * cancels an older one.
   */
  void read(String key, Consumer<Snapshot> fresh) {
    if (reading != null) {
      reading.cancel();
    }
    long writesBefore = writes;
    reading =
        executor.submit(
            "Reading decisions",
            monitor -> snapshot(key),
            TaskCallbacks.of(
                snapshot -> {
                  if (writesBefore == writes) {
                    fresh.accept(snapshot);
                  }
                },
                failure -> error.set(message("Could not read the decisions", failure))));
  }

  /** Records a decision; the snapshot after it is of the decided pair. */
  void record(DecisionDraft draft, Consumer<Written> then) {
    String key = draft.pairKey();
    write(
        "Saving decision",
        "Could not save the decision",
        monitor -> {
          Decision stored = store.record(draft);
          return new Written(stored, stored, snapshot(key));
        },
        then);
  }

  /** Undoes this curator's latest decision still in force, if there is one. */
  void undo(Instant now, String shownKey, Consumer<Written> then) {
    write(
        "Undoing",
        "Could not undo",
        monitor -> {
          Optional<Decision> target = store.undoable(curator);
          Decision entry =
              target.isEmpty() ? null : store.record(DecisionDraft.undo(target.get(), now));
          return new Written(entry, target.orElse(null), snapshot(shownKey));
        },
        then);
  }

  /** Restores the decision this curator undid last, if there is one. */
  void redo(Instant now, String shownKey, Consumer<Written> then) {
    write(
        "Redoing",
        "Could not redo",
        monitor -> {
          Optional<Decision> target = store.redoable(curator);
          Decision entry =
              target.isEmpty() ? null : store.record(DecisionDraft.redo(target.get(), now));
          return new Written(entry, target.orElse(null), snapshot(shownKey));
        },
        then);
  }

  /** Says why a decision was not written although nothing failed in the store. */
  void refuse(String why) {
    error.set(why);
  }

  private void write(
      String title, String failureMessage, BackgroundWork<Written> work, Consumer<Written> then) {
    busy.set(true);
    writes++;
    busyChanged.run();
    executor.submit(
        title,
        work,
        TaskCallbacks.of(
            written -> {
              busy.set(false);
              error.set("");
              then.accept(written);
            },
            failure -> {
              busy.set(false);
              error.set(message(failureMessage, failure));
              busyChanged.run();
            }));
  }

  /** Runs on a background thread: reads only what it was given. */
  private Snapshot snapshot(String key) throws CurationStoreException {
    Decision decision = key == null ? null : store.current(key).orElse(null);
    return new Snapshot(
        key, decision, store.undoable(curator).isPresent(), store.redoable(curator).isPresent());
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

  /** True while a decision, undo or redo is being stored. */
  ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** Why the last store call failed, for the curator; empty after a success. */
  ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }
}
