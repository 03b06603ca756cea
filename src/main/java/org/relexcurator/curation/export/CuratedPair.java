package org.relexcurator.curation.export;

import java.util.Objects;
import org.relexcurator.curation.agreement.SettledLabel;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.curation.project.StoredPrediction;

/**
 * One pair of a project as every export writes it.
 *
 * @param pair the pair
 * @param latestPrediction its latest prediction, whichever model made it; null if never predicted
 * @param curation where the curators stand; null if no decision about it is in force
 */
public record CuratedPair(
    StoredPair pair, StoredPrediction latestPrediction, SettledLabel curation) {

  public CuratedPair {
    Objects.requireNonNull(pair, "pair");
    if (latestPrediction != null && !latestPrediction.pairKey().equals(pair.key())) {
      throw new IllegalArgumentException(
          "prediction of " + latestPrediction.pairKey() + " given for pair " + pair.key());
    }
    if (curation != null && !curation.pairKey().equals(pair.key())) {
      throw new IllegalArgumentException(
          "settled label of " + curation.pairKey() + " given for pair " + pair.key());
    }
  }

  /** The settled gold label, or null. */
  public String goldLabel() {
    return curation == null ? null : curation.label();
  }

  public boolean isGold() {
    return goldLabel() != null;
  }

  /** Whether its prediction comes from a test model, whose scores mean nothing. */
  public boolean fromTestModel() {
    return latestPrediction != null && latestPrediction.model().testModel();
  }
}
