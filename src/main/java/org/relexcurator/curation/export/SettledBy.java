package org.relexcurator.curation.export;

import java.util.Locale;
import java.util.Optional;

/** How a pair's gold label came to be settled. */
public enum SettledBy {
  /** One curator decided it. */
  SINGLE,
  /** Several curators gave the same label. */
  AGREEMENT,
  /** An adjudicator settled a disagreement. */
  ADJUDICATION;

  /** The name as exports write it: {@code single}, {@code agreement}, {@code adjudication}. */
  public String exportName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SettledBy> byExportName(String name) {
    for (SettledBy settledBy : values()) {
      if (settledBy.exportName().equals(name)) {
        return Optional.of(settledBy);
      }
    }
    return Optional.empty();
  }
}
