package org.relexcurator.curation.export;

import java.util.Locale;
import java.util.Optional;

/** Whether a pair has a settled gold label. */
public enum CurationStatus {
  /** The curators' label is settled: it is the pair's gold label. */
  GOLD,
  /** Curators disagree and no adjudication settled it yet. */
  DISPUTED,
  /** Decided without a label (skipped, flagged), or still waiting for another curator. */
  OPEN;

  /** The name as exports write it: {@code gold}, {@code disputed}, {@code open}. */
  public String exportName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<CurationStatus> byExportName(String name) {
    for (CurationStatus status : values()) {
      if (status.exportName().equals(name)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
