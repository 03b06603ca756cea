package org.relexcurator.curation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionDraft;

/**
 * A store whose decisions live in another store that can be swapped for a third, so that a window
 * can switch from one project file to another while its views keep the one store they were given.
 * Listeners stay registered across a swap: they hear the decisions of whichever store is in use.
 *
 * <p>Thread-safe. A swap does not close the store it replaces: that store is returned to the
 * caller, who closes it once nothing reads it any more.
 */
public final class ReplaceableCurationStore implements CurationStore {

  private final List<Consumer<Decision>> listeners = new CopyOnWriteArrayList<>();
  private final Consumer<Decision> relay = decision -> listeners.forEach(l -> l.accept(decision));
  private volatile CurationStore inUse;

  public ReplaceableCurationStore(CurationStore first) {
    inUse = Objects.requireNonNull(first, "first");
    first.addListener(relay);
  }

  /** Uses {@code next} from now on and returns the store it replaces, for the caller to close. */
  public synchronized CurationStore replace(CurationStore next) {
    Objects.requireNonNull(next, "next");
    CurationStore previous = inUse;
    previous.removeListener(relay);
    next.addListener(relay);
    inUse = next;
    return previous;
  }

  /** The store in use now. */
  public CurationStore inUse() {
    return inUse;
  }

  @Override
  public Decision record(DecisionDraft draft) throws CurationStoreException {
    return inUse.record(draft);
  }

  @Override
  public List<Decision> log() throws CurationStoreException {
    return inUse.log();
  }

  @Override
  public List<Decision> history(String pairKey) throws CurationStoreException {
    return inUse.history(pairKey);
  }

  @Override
  public Map<String, Decision> current() throws CurationStoreException {
    return inUse.current();
  }

  @Override
  public Optional<Decision> current(String pairKey) throws CurationStoreException {
    return inUse.current(pairKey);
  }

  @Override
  public List<Decision> mentionEdits() throws CurationStoreException {
    return inUse.mentionEdits();
  }

  @Override
  public Optional<Decision> undoable(String curator) throws CurationStoreException {
    return inUse.undoable(curator);
  }

  @Override
  public Optional<Decision> redoable(String curator) throws CurationStoreException {
    return inUse.redoable(curator);
  }

  @Override
  public void addListener(Consumer<Decision> listener) {
    listeners.add(listener);
  }

  @Override
  public void removeListener(Consumer<Decision> listener) {
    listeners.remove(listener);
  }

  /** Closes the store in use. */
  @Override
  public void close() throws CurationStoreException {
    inUse.close();
  }
}
