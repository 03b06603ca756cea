package org.relexcurator.curation;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;

/**
 * What a decision log adds up to, kept up to date one entry at a time; every {@link CurationStore}
 * implementation derives its state through here, so they all agree.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>A pair's current decision is its latest decision that is not undone, whoever made it.
 *   <li>Each curator has an undo stack and a redo stack. A decision goes on the undo stack and
 *       empties the redo stack, as in any editor.
 *   <li>{@link DecisionAction#UNDONE} must refer to the top of its curator's undo stack, and moves
 *       that decision to the redo stack. A curator only ever undoes their own decisions; if another
 *       curator decided the same pair later, that later decision stays current.
 *   <li>{@link DecisionAction#REDONE} must refer to the top of its curator's redo stack, and moves
 *       that decision back to the undo stack. The decision keeps its place in time, so an undo
 *       followed by a redo leaves every pair as it was.
 *   <li>Each curator's verdict on a pair ({@link #verdicts}) is their latest label in force; a
 *       later skip or flag does not withdraw it (undo does). An {@link DecisionAction#ADJUDICATED}
 *       decision is nobody's verdict: it is the pair's {@link #adjudication}.
 *   <li>A mention edit ({@link DecisionAction#editsMention()}) is no pair's decision: it is in
 *       {@link #mentionEdits()} while in force, never in {@link #current()}. It goes on its
 *       curator's undo stack like any decision, so undo and redo take label decisions and mention
 *       edits back in the one order the curator made them.
 * </ul>
 *
 * <p>Not thread-safe: a store guards it.
 */
public final class EffectiveDecisions {

  private final Map<String, NavigableMap<Long, Decision>> inForce = new LinkedHashMap<>();
  private final NavigableMap<Long, Decision> mentionEditsInForce = new TreeMap<>();
  private final Map<String, Deque<Decision>> undoStacks = new HashMap<>();
  private final Map<String, Deque<Decision>> redoStacks = new HashMap<>();

  /** The state after {@code log}, which must be consistent. */
  public static EffectiveDecisions of(List<Decision> log) throws CurationStoreException {
    EffectiveDecisions state = new EffectiveDecisions();
    for (Decision decision : log) {
      state.apply(decision);
    }
    return state;
  }

  /**
   * Throws if {@code draft} could not be appended: an undo or redo that does not match its
   * curator's stacks.
   */
  public void check(DecisionDraft draft) throws CurationStoreException {
    check(draft.curator(), draft.action(), draft.pairKey(), draft.refersTo());
  }

  private void check(String curator, DecisionAction action, String pairKey, Long refersTo)
      throws CurationStoreException {
    if (action == DecisionAction.UNDONE) {
      checkRevision("undo", top(undoStacks, curator), curator, pairKey, refersTo);
    } else if (action == DecisionAction.REDONE) {
      checkRevision("redo", top(redoStacks, curator), curator, pairKey, refersTo);
    }
  }

  private static void checkRevision(
      String verb, Decision expected, String curator, String pairKey, Long refersTo)
      throws CurationStoreException {
    if (expected == null) {
      throw new CurationStoreException(curator + " has nothing to " + verb);
    }
    if (expected.sequence() != refersTo || !expected.pairKey().equals(pairKey)) {
      throw new CurationStoreException(
          "Decision "
              + refersTo
              + " is not the one "
              + curator
              + " can "
              + verb
              + " now (that is decision "
              + expected.sequence()
              + "); was it undone or redone in another window?");
    }
  }

  /** Adds the next entry of the log. */
  public void apply(Decision decision) throws CurationStoreException {
    String curator = decision.curator();
    check(curator, decision.action(), decision.pairKey(), decision.refersTo());
    switch (decision.action()) {
      case UNDONE -> {
        Decision undone = undoStack(curator).pop();
        inForceOf(undone).remove(undone.sequence());
        redoStack(curator).push(undone);
      }
      case REDONE -> {
        Decision redone = redoStack(curator).pop();
        inForceOf(redone).put(redone.sequence(), redone);
        undoStack(curator).push(redone);
      }
      default -> {
        inForceOf(decision).put(decision.sequence(), decision);
        undoStack(curator).push(decision);
        redoStack(curator).clear();
      }
    }
  }

  /** The mention edits in force, oldest first: replayed in this order, they give the mentions. */
  public List<Decision> mentionEdits() {
    return List.copyOf(mentionEditsInForce.values());
  }

  /** The decision in force for each pair that has one, pairs in the order first decided. */
  public Map<String, Decision> current() {
    Map<String, Decision> current = new LinkedHashMap<>();
    inForce.forEach(
        (pair, decisions) -> {
          if (!decisions.isEmpty()) {
            current.put(pair, decisions.lastEntry().getValue());
          }
        });
    return Collections.unmodifiableMap(current);
  }

  public Optional<Decision> current(String pairKey) {
    NavigableMap<Long, Decision> decisions = inForce.get(pairKey);
    return decisions == null || decisions.isEmpty()
        ? Optional.empty()
        : Optional.of(decisions.lastEntry().getValue());
  }

  /**
   * Each curator's own verdict on a pair, by curator name: their latest accepted, corrected or
   * rejected decision in force; for a curator who only skipped or flagged the pair, the latest of
   * those. Adjudications are left out. Empty for a pair with no decision in force.
   */
  public SortedMap<String, Decision> verdicts(String pairKey) {
    SortedMap<String, Decision> labels = new TreeMap<>();
    SortedMap<String, Decision> holds = new TreeMap<>();
    for (Decision decision : inForceOrNone(pairKey).descendingMap().values()) {
      if (decision.action() == DecisionAction.ADJUDICATED) {
        continue;
      }
      (decision.action().labels() ? labels : holds).putIfAbsent(decision.curator(), decision);
    }
    holds.putAll(labels);
    return Collections.unmodifiableSortedMap(holds);
  }

  /** The latest adjudication of a pair still in force, whoever made it. */
  public Optional<Decision> adjudication(String pairKey) {
    return inForceOrNone(pairKey).descendingMap().values().stream()
        .filter(decision -> decision.action() == DecisionAction.ADJUDICATED)
        .findFirst();
  }

  public Optional<Decision> undoable(String curator) {
    return Optional.ofNullable(top(undoStacks, curator));
  }

  public Optional<Decision> redoable(String curator) {
    return Optional.ofNullable(top(redoStacks, curator));
  }

  private static Decision top(Map<String, Deque<Decision>> stacks, String curator) {
    Deque<Decision> stack = stacks.get(curator);
    return stack == null ? null : stack.peek();
  }

  /** A read that leaves no entry behind for a pair never decided. */
  private NavigableMap<Long, Decision> inForceOrNone(String pairKey) {
    return inForce.getOrDefault(pairKey, Collections.emptyNavigableMap());
  }

  private NavigableMap<Long, Decision> inForceOf(Decision decision) {
    return decision.action().editsMention() ? mentionEditsInForce : inForce(decision.pairKey());
  }

  private NavigableMap<Long, Decision> inForce(String pairKey) {
    return inForce.computeIfAbsent(pairKey, key -> new TreeMap<>());
  }

  private Deque<Decision> undoStack(String curator) {
    return undoStacks.computeIfAbsent(curator, key -> new ArrayDeque<>());
  }

  private Deque<Decision> redoStack(String curator) {
    return redoStacks.computeIfAbsent(curator, key -> new ArrayDeque<>());
  }
}
