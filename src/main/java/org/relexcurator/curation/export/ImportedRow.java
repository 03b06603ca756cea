package org.relexcurator.curation.export;

import java.util.Objects;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.model.DecisionDraft;

/**
 * One usable line of a curated-pairs JSONL file, as the project will hold it.
 *
 * @param pair the pair
 * @param prediction its prediction, or null
 * @param decision the decision that the line's curation records, or null
 */
record ImportedRow(StoredPair pair, StoredPrediction prediction, DecisionDraft decision) {

  ImportedRow {
    Objects.requireNonNull(pair, "pair");
  }
}
