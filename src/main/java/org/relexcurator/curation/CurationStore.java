package org.relexcurator.curation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;

/**
 * The curators' decisions as an append-only log. Nothing is ever changed or deleted: undo and redo
 * are entries of their own ({@link DecisionAction#UNDONE}, {@link DecisionAction#REDONE}) that
 * refer to an earlier decision, and the state of every pair is derived from the log (see {@link
 * EffectiveDecisions} for the rules).
 *
 * <p>Implementations are thread-safe. Calls may touch the disk, so a user interface makes them off
 * its UI thread. Every method but {@link #addListener} and {@link #removeListener} fails with
 * {@link CurationStoreException} once the store is closed.
 */
public interface CurationStore extends AutoCloseable {

  /**
   * Appends a decision. When this returns, the decision is durable and listeners have been told.
   *
   * @return the decision as stored, with its sequence number
   * @throws CurationStoreException if it cannot be stored, or if an undo or redo does not match its
   *     curator's undo or redo stack (another window undid it first)
   */
  Decision record(DecisionDraft draft) throws CurationStoreException;

  /** Every entry, oldest first. */
  List<Decision> log() throws CurationStoreException;

  /** The entries about one pair, undo and redo included, oldest first. */
  List<Decision> history(String pairKey) throws CurationStoreException;

  /**
   * The decision in force for each pair that has one: its latest decision not undone, whoever made
   * it. Pairs never decided, or whose every decision was undone, are absent.
   */
  Map<String, Decision> current() throws CurationStoreException;

  /** The decision in force for one pair. */
  default Optional<Decision> current(String pairKey) throws CurationStoreException {
    return Optional.ofNullable(current().get(pairKey));
  }

  /**
   * The mention edits in force, oldest first (see {@link EffectiveDecisions#mentionEdits()}): what
   * {@link MentionOverlay} applies to the documents' mentions.
   */
  List<Decision> mentionEdits() throws CurationStoreException;

  /** The decision {@code curator} would undo next: their latest one still in force. */
  Optional<Decision> undoable(String curator) throws CurationStoreException;

  /**
   * The decision {@code curator} would redo next: the one they undid last, as long as they have
   * made no new decision since.
   */
  Optional<Decision> redoable(String curator) throws CurationStoreException;

  /**
   * Calls {@code listener} with each decision recorded from now on, on the thread that recorded it,
   * after it is durable. A listener that throws does not undo the decision.
   */
  void addListener(Consumer<Decision> listener);

  void removeListener(Consumer<Decision> listener);

  /** Releases the store; later calls fail. Closing twice does nothing. */
  @Override
  void close() throws CurationStoreException;
}
