package org.relexcurator.inference;

import java.util.List;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Problem;

/**
 * The candidate pairs of one document, in document order, and what stopped some mentions from
 * pairing.
 */
public record Candidates(List<CandidatePair> pairs, List<Problem> problems) {

  public Candidates {
    pairs = List.copyOf(pairs);
    problems = List.copyOf(problems);
  }
}
