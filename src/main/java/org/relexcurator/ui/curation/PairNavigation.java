package org.relexcurator.ui.curation;

import org.relexcurator.model.CandidatePair;

/**
 * Where the deciding pane asks the review queue to go. Called on the UI thread once the store has
 * the decision.
 */
public interface PairNavigation {

  /**
   * A decision on the shown pair (or the redo of one) was stored: show the next pair to decide.
   *
   * @param decided the pair the decision is about, the one shown until now
   */
  void next(CandidatePair decided);

  /** An undo was stored for another pair than the shown one: show that pair again. */
  void revisit(String pairKey);
}
