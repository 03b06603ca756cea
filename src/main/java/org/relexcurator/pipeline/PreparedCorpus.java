package org.relexcurator.pipeline;

import java.util.List;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.Problem;

/**
 * A corpus ready for review: its documents with sentences, the candidate pairs the model will
 * score, and every problem met while reading and pairing.
 *
 * @param source the input as the user named it
 * @param format the detected format's name
 */
public record PreparedCorpus(
    String source,
    String format,
    List<Document> documents,
    List<CandidatePair> pairs,
    List<Problem> problems) {

  public PreparedCorpus {
    documents = List.copyOf(documents);
    pairs = List.copyOf(pairs);
    problems = List.copyOf(problems);
  }
}
