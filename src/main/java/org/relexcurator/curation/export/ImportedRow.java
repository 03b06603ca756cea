package org.relexcurator.curation.export;

import java.util.List;
import java.util.Objects;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.model.DecisionDraft;

/**
 * One usable line of a curated-pairs JSONL file, as the project will hold it.
 *
 * @param pair the pair
 * @param prediction its prediction, or null
 * @param decisions the decisions that the line's curation records, in order; empty without one
 */
record ImportedRow(StoredPair pair, StoredPrediction prediction, List<DecisionDraft> decisions) {

  ImportedRow {
    Objects.requireNonNull(pair, "pair");
    decisions = List.copyOf(decisions);
  }
}
