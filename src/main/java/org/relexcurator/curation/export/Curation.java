package org.relexcurator.curation.export;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.relexcurator.model.Decision;

/**
 * Where the curators stand on one pair, as an export writes it.
 *
 * @param status whether the pair has a settled gold label
 * @param settledBy how it was settled; null unless {@code status} is {@link CurationStatus#GOLD}
 * @param deciding the decision that fixes the label, or the latest one when nothing is fixed yet;
 *     its curator, action, reason, note and times are the ones exported
 * @param labelsByCurator each curator's label for the pair (null for one who decided without a
 *     label), sorted by curator name
 */
public record Curation(
    CurationStatus status,
    SettledBy settledBy,
    Decision deciding,
    Map<String, String> labelsByCurator) {

  public Curation {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(deciding, "deciding");
    if ((status == CurationStatus.GOLD) != (settledBy != null)) {
      throw new IllegalArgumentException("a " + status + " pair is settled by " + settledBy);
    }
    if (status == CurationStatus.GOLD && deciding.label() == null) {
      throw new IllegalArgumentException("the decision settling pair " + deciding.pairKey()
          + " gives no label");
    }
    // A TreeMap, not Map.copyOf: a curator's label may be null.
    labelsByCurator = Collections.unmodifiableMap(new TreeMap<>(labelsByCurator));
  }

  /** The gold label, or null unless the status is {@link CurationStatus#GOLD}. */
  public String goldLabel() {
    return status == CurationStatus.GOLD ? deciding.label() : null;
  }
}
