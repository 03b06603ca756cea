package org.relexcurator.curation.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.EffectiveDecisions;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;

/**
 * The gold label of every decided pair when several curators label the same pairs. Derived from the
 * decision log through {@link EffectiveDecisions}, so undo and redo count as everywhere else. For
 * each pair with a decision in force:
 *
 * <ol>
 *   <li>An {@link DecisionAction#ADJUDICATED adjudication} in force settles it: the latest one is
 *       gold, whatever the curators said before or after.
 *   <li>Otherwise, if at least one curator labelled it and every curator who did gave the same
 *       label, that label is gold: settled by {@link SettledLabel.SettledBy#SINGLE one curator} or
 *       by {@link SettledLabel.SettledBy#AGREEMENT agreement}.
 *   <li>Otherwise, if curators labelled it differently, it is {@link SettledLabel.Status#DISPUTED
 *       disputed} until someone adjudicates.
 *   <li>A pair only skipped or flagged is {@link SettledLabel.Status#OPEN open}.
 * </ol>
 *
 * <p>Each curator's label is their latest one in force ({@link EffectiveDecisions#verdicts}): a
 * later skip or flag does not withdraw it, an undo does. Pairs never decided, or whose every
 * decision was undone, are absent. See docs/decisions/0004-several-curators.md for why.
 */
public final class SettledLabels {

  private final Map<String, SettledLabel> byPair;

  private SettledLabels(Map<String, SettledLabel> byPair) {
    this.byPair = Collections.unmodifiableMap(byPair);
  }

  /**
   * The settled labels after {@code log}.
   *
   * @throws CurationStoreException if the log is not consistent (an undo of nothing)
   */
  public static SettledLabels fromLog(List<Decision> log) throws CurationStoreException {
    return of(EffectiveDecisions.of(log));
  }

  /** The settled labels of a derived state. */
  public static SettledLabels of(EffectiveDecisions state) {
    Map<String, SettledLabel> byPair = new LinkedHashMap<>();
    state
        .current()
        .forEach(
            (pairKey, current) ->
                byPair.put(
                    pairKey,
                    settle(
                        pairKey, current, state.adjudication(pairKey), state.verdicts(pairKey))));
    return new SettledLabels(byPair);
  }

  private static SettledLabel settle(
      String pairKey,
      Decision current,
      Optional<Decision> adjudication,
      SortedMap<String, Decision> verdicts) {
    Map<String, String> labels = new TreeMap<>();
    // A skip or flag may carry a tentative label; it is no verdict.
    verdicts.forEach(
        (curator, verdict) ->
            labels.put(curator, verdict.action().labels() ? verdict.label() : null));
    if (adjudication.isPresent()) {
      return new SettledLabel(
          pairKey,
          SettledLabel.Status.GOLD,
          SettledLabel.SettledBy.ADJUDICATION,
          adjudication.get(),
          labels);
    }
    List<Decision> labelled =
        verdicts.values().stream().filter(verdict -> verdict.action().labels()).toList();
    if (labelled.isEmpty()) {
      return new SettledLabel(pairKey, SettledLabel.Status.OPEN, null, current, labels);
    }
    if (labelled.stream().map(Decision::label).distinct().count() > 1) {
      return new SettledLabel(pairKey, SettledLabel.Status.DISPUTED, null, current, labels);
    }
    Decision latest =
        labelled.stream().max(Comparator.comparingLong(Decision::sequence)).orElseThrow();
    return new SettledLabel(
        pairKey,
        SettledLabel.Status.GOLD,
        labelled.size() == 1 ? SettledLabel.SettledBy.SINGLE : SettledLabel.SettledBy.AGREEMENT,
        latest,
        labels);
  }

  /** Every decided pair, in the order first decided. */
  public List<SettledLabel> all() {
    return List.copyOf(byPair.values());
  }

  /** One pair; empty if it has no decision in force. */
  public Optional<SettledLabel> get(String pairKey) {
    return Optional.ofNullable(byPair.get(pairKey));
  }

  /** The pairs with {@code status}, in the order first decided. */
  public List<SettledLabel> withStatus(SettledLabel.Status status) {
    List<SettledLabel> matching = new ArrayList<>();
    for (SettledLabel settled : byPair.values()) {
      if (settled.status() == status) {
        matching.add(settled);
      }
    }
    return matching;
  }

  /** Every curator with a label in force on some pair, by name. */
  public SortedSet<String> curators() {
    SortedSet<String> curators = new TreeSet<>();
    for (SettledLabel settled : byPair.values()) {
      settled
          .labelsByCurator()
          .forEach(
              (curator, label) -> {
                if (label != null) {
                  curators.add(curator);
                }
              });
    }
    return Collections.unmodifiableSortedSet(curators);
  }
}
