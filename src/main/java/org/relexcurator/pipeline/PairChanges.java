package org.relexcurator.pipeline;

import java.util.List;
import java.util.Set;
import org.relexcurator.model.CandidatePair;

/**
 * How a document's candidate pairs change when its mentions do.
 *
 * @param pairs every candidate pair of the document after the change, in document order
 * @param added pairs that were not candidates before, in document order: new mentions' pairs, and
 *     pairs that a retype has made allowed
 * @param obsolete keys of pairs that were candidates before and are not now; decisions about them
 *     stay in the log but no longer count as gold
 */
public record PairChanges(
    List<CandidatePair> pairs, List<CandidatePair> added, Set<String> obsolete) {

  public PairChanges {
    pairs = List.copyOf(pairs);
    added = List.copyOf(added);
    obsolete = Set.copyOf(obsolete);
  }
}
