package org.relexcurator.curation.export;

import java.util.Objects;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.curation.project.StoredPrediction;

/**
 * One pair of a project as every export writes it.
 *
 * @param pair the pair
 * @param latestPrediction its latest prediction, whichever model made it; null if never predicted
 * @param curation where the curators stand; null if nobody decided it
 */
public record CuratedPair(StoredPair pair, StoredPrediction latestPrediction, Curation curation) {

  public CuratedPair {
    Objects.requireNonNull(pair, "pair");
    if (latestPrediction != null && !latestPrediction.pairKey().equals(pair.key())) {
      throw new IllegalArgumentException("prediction of " + latestPrediction.pairKey()
          + " given for pair " + pair.key());
    }
    if (curation != null && !curation.deciding().pairKey().equals(pair.key())) {
      throw new IllegalArgumentException("decision about " + curation.deciding().pairKey()
          + " given for pair " + pair.key());
    }
  }

  /** The settled gold label, or null. */
  public String goldLabel() {
    return curation == null ? null : curation.goldLabel();
  }

  public boolean isGold() {
    return goldLabel() != null;
  }

  /** Whether its prediction comes from a test model, whose scores mean nothing. */
  public boolean fromTestModel() {
    return latestPrediction != null && latestPrediction.model().testModel();
  }
}
