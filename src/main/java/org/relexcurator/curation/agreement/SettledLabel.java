package org.relexcurator.curation.agreement;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.relexcurator.model.Decision;

/**
 * Where one pair stands once every curator's verdict is counted (rules in {@link SettledLabels}).
 *
 * <p>The curated-pairs export writes {@link #status} and {@link #settledBy} as their names in lower
 * case ({@code "gold"}, {@code "agreement"}), {@link #decision} as the curation record and {@link
 * #labelsByCurator} as {@code "curators"}.
 *
 * @param pairKey the pair's key
 * @param status whether the pair has a gold label
 * @param settledBy how a gold label was settled; null unless the status is {@link Status#GOLD}
 * @param decision for a gold pair, the decision whose label is the gold label: the adjudication,
 *     the single curator's verdict, or the latest of the agreeing verdicts; otherwise the pair's
 *     latest decision in force, whoever made it
 * @param labelsByCurator each curator's verdict, sorted by curator name: their label, or null for a
 *     curator who only skipped or flagged the pair; adjudications are not in it
 */
public record SettledLabel(
    String pairKey,
    Status status,
    SettledBy settledBy,
    Decision decision,
    Map<String, String> labelsByCurator) {

  /** Whether a pair has a gold label. */
  public enum Status {
    /** The pair has a label to train and evaluate on. */
    GOLD,
    /** Curators gave different labels and nobody has adjudicated. */
    DISPUTED,
    /** Only skipped or flagged: nobody has given a label yet. */
    OPEN
  }

  /** How a gold label came about. */
  public enum SettledBy {
    /** One curator labelled the pair. */
    SINGLE,
    /** Several curators labelled it, all alike. */
    AGREEMENT,
    /** An adjudicator chose it. */
    ADJUDICATION
  }

  public SettledLabel {
    Objects.requireNonNull(pairKey, "pairKey");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(decision, "decision");
    if ((status == Status.GOLD) != (settledBy != null)) {
      throw new IllegalArgumentException(
          "a " + status + " pair is settled by " + settledBy + "; only gold pairs are settled");
    }
    // A TreeMap, unlike Map.copyOf, keeps the nulls of curators without a label.
    SortedMap<String, String> labels = new TreeMap<>(labelsByCurator);
    labelsByCurator = Collections.unmodifiableSortedMap(labels);
  }

  /** The gold label, or null unless the status is {@link Status#GOLD}. */
  public String label() {
    return status == Status.GOLD ? decision.label() : null;
  }
}
