package org.relexcurator.curation;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionDraft;

/**
 * What every store shares: the log held in memory, the state derived from it, listeners and the
 * closed check. A store only says how a new entry is made durable ({@link #persist}); it is called
 * before anything changes in memory, so an entry that failed to save leaves no trace.
 */
public abstract class LoggedCurationStore implements CurationStore {

  private static final System.Logger LOG = System.getLogger(LoggedCurationStore.class.getName());

  private final List<Decision> log;
  private final Map<String, List<Decision>> byPair = new HashMap<>();
  private final EffectiveDecisions state;
  private final List<Consumer<Decision>> listeners = new CopyOnWriteArrayList<>();
  private boolean closed;

  /** A store with an empty log. */
  protected LoggedCurationStore() {
    this.log = new ArrayList<>();
    this.state = new EffectiveDecisions();
  }

  /**
   * @param saved the entries already stored, oldest first
   * @throws CurationStoreException if they do not make a consistent log
   */
  protected LoggedCurationStore(List<Decision> saved) throws CurationStoreException {
    this.log = new ArrayList<>(saved);
    this.state = EffectiveDecisions.of(saved);
    saved.forEach(this::index);
  }

  /** Makes a new entry durable; throws to refuse it. Called with the store's lock held. */
  protected abstract void persist(Decision decision) throws CurationStoreException;

  /** What a call on a closed store is told. */
  protected abstract String closedMessage();

  @Override
  public Decision record(DecisionDraft draft) throws CurationStoreException {
    Decision stored;
    synchronized (this) {
      checkOpen();
      state.check(draft);
      stored = draft.withSequence(log.size() + 1L);
      persist(stored);
      state.apply(stored);
      log.add(stored);
      index(stored);
    }
    // Outside the lock, so that a listener may read the store or hand work to another thread.
    for (Consumer<Decision> listener : listeners) {
      try {
        listener.accept(stored);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "a listener failed on decision " + stored.sequence(), e);
      }
    }
    return stored;
  }

  private void index(Decision decision) {
    byPair.computeIfAbsent(decision.pairKey(), key -> new ArrayList<>()).add(decision);
  }

  @Override
  public synchronized List<Decision> log() throws CurationStoreException {
    checkOpen();
    return List.copyOf(log);
  }

  @Override
  public synchronized List<Decision> history(String pairKey) throws CurationStoreException {
    checkOpen();
    return List.copyOf(byPair.getOrDefault(pairKey, List.of()));
  }

  @Override
  public synchronized Map<String, Decision> current() throws CurationStoreException {
    checkOpen();
    return state.current();
  }

  @Override
  public synchronized Optional<Decision> current(String pairKey) throws CurationStoreException {
    checkOpen();
    return state.current(pairKey);
  }

  @Override
  public synchronized List<Decision> mentionEdits() throws CurationStoreException {
    checkOpen();
    return state.mentionEdits();
  }

  @Override
  public synchronized Optional<Decision> undoable(String curator) throws CurationStoreException {
    checkOpen();
    return state.undoable(curator);
  }

  @Override
  public synchronized Optional<Decision> redoable(String curator) throws CurationStoreException {
    checkOpen();
    return state.redoable(curator);
  }

  @Override
  public void addListener(Consumer<Decision> listener) {
    listeners.add(listener);
  }

  @Override
  public void removeListener(Consumer<Decision> listener) {
    listeners.remove(listener);
  }

  /** Ends the use of the store, after a decision being recorded is saved. */
  @Override
  public synchronized void close() {
    closed = true;
  }

  private void checkOpen() throws CurationStoreException {
    if (closed) {
      throw new CurationStoreException(closedMessage());
    }
  }
}
