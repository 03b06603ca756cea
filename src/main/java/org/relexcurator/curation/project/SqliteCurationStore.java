package org.relexcurator.curation.project;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.EffectiveDecisions;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionDraft;

/**
 * The decision log of a project file. The whole log is read when the project opens and kept in
 * memory, so reads never touch the disk; {@link #record} writes the new entry, committed and
 * synced, before it changes anything in memory, so a decision that failed to save leaves no trace.
 */
final class SqliteCurationStore implements CurationStore {

  private static final System.Logger LOG = System.getLogger(SqliteCurationStore.class.getName());

  private final ProjectDatabase database;
  private final List<Decision> log;
  private final Map<String, List<Decision>> byPair = new HashMap<>();
  private final EffectiveDecisions state;
  private final List<Consumer<Decision>> listeners = new CopyOnWriteArrayList<>();
  private boolean closed;

  private SqliteCurationStore(ProjectDatabase database, List<Decision> log,
      EffectiveDecisions state) {
    this.database = database;
    this.log = new ArrayList<>(log);
    this.state = state;
    this.log.forEach(this::index);
  }

  /** Reads the log of an opened project. */
  static SqliteCurationStore load(ProjectDatabase database) throws CurationStoreException {
    List<Decision> log =
        database.withConnection("Could not read the decision log", DecisionRows::readAll);
    try {
      return new SqliteCurationStore(database, log, EffectiveDecisions.of(log));
    } catch (CurationStoreException e) {
      throw new CurationStoreException(database.file() + ": the decision log does not add up ("
          + e.getMessage() + "); was the file changed by another program?", e);
    }
  }

  @Override
  public Decision record(DecisionDraft draft) throws CurationStoreException {
    Decision stored;
    synchronized (this) {
      checkOpen();
      state.check(draft);
      if (draft.timeSpent().compareTo(DecisionRows.LONGEST_TIME_SPENT) > 0) {
        throw new CurationStoreException("A time spent of " + draft.timeSpent()
            + " is too long to store");
      }
      Decision decision = draft.withSequence(log.size() + 1L);
      database.withConnection("Could not save the decision", connection -> {
        DecisionRows.insert(connection, decision);
        return null;
      });
      state.apply(decision);
      log.add(decision);
      index(decision);
      stored = decision;
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
      throw new CurationStoreException("The decision store of " + database.file() + " is closed");
    }
  }
}
