package org.relexcurator.curation.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.relexcurator.model.Problem;

/**
 * What reading a curated-pairs export gave: its pairs in file order and the lines it skipped.
 *
 * @param source the file as the user named it
 */
public record CuratedPairs(String source, List<CuratedPair> pairs, List<Problem> problems) {

  public CuratedPairs {
    Objects.requireNonNull(source, "source");
    pairs = List.copyOf(pairs);
    problems = List.copyOf(problems);
  }

  /** The model's labels in {@code id2label} order, from the first prediction that lists scores. */
  public List<String> modelLabels() {
    for (CuratedPair pair : pairs) {
      if (pair.prediction() != null && !pair.prediction().scores().isEmpty()) {
        return new ArrayList<>(pair.prediction().scores().keySet());
      }
    }
    return List.of();
  }
}
