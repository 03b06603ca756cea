package org.relexcurator.ui.curation;

import org.relexcurator.model.CandidatePair;

/**
 * Where the deciding pane asks the review queue to go, and which pair the window shows. Called on
 * the UI thread.
 */
public interface PairNavigation {

  /**
   * The pair the window shows the curator now, null for none: the deciding pane records a decision
   * only about this very pair.
   */
  CandidatePair onScreen();

  /**
   * A decision on the shown pair (or the redo of one) was stored: show the next pair to decide.
   *
   * @param decided the pair the decision is about, the one shown until now
   */
  void next(CandidatePair decided);

  /** An undo was stored for another pair than the shown one: show that pair again. */
  void revisit(String pairKey);
}
