package org.relexcurator.curation;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionDraft;

/**
 * A decision log that lives as long as the process: for tests, and for a session whose decisions
 * need not survive. "Durable" here means only that a recorded decision is in the log.
 */
public final class InMemoryCurationStore implements CurationStore {

  private static final System.Logger LOG = System.getLogger(InMemoryCurationStore.class.getName());

  private final List<Decision> log = new ArrayList<>();
  private final EffectiveDecisions state = new EffectiveDecisions();
  private final List<Consumer<Decision>> listeners = new CopyOnWriteArrayList<>();
  private boolean closed;

  @Override
  public Decision record(DecisionDraft draft) throws CurationStoreException {
    Decision stored;
    synchronized (this) {
      checkOpen();
      state.check(draft);
      stored = draft.withSequence(log.size() + 1L);
      state.apply(stored);
      log.add(stored);
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

  @Override
  public synchronized List<Decision> log() throws CurationStoreException {
    checkOpen();
    return List.copyOf(log);
  }

  @Override
  public synchronized List<Decision> history(String pairKey) throws CurationStoreException {
    checkOpen();
    return log.stream().filter(d -> d.pairKey().equals(pairKey)).toList();
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

  @Override
  public synchronized void close() {
    closed = true;
  }

  private void checkOpen() throws CurationStoreException {
    if (closed) {
      throw new CurationStoreException("The decision store is closed");
    }
  }
}
