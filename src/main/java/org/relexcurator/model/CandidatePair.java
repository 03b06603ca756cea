package org.relexcurator.model;

import java.util.Objects;

/**
 * An ordered pair of entity mentions of one document for the model to classify: {@code first} is E1
 * (the relation's source), {@code second} is E2. {@code sentence} is the sentence the model sees; a
 * pair whose mentions lie in different sentences (picked by hand) uses the span covering both and
 * is {@link #crossesSentences() flagged}.
 */
public record CandidatePair(
    String documentId, Sentence sentence, Entity first, Entity second, boolean crossesSentences) {

  public CandidatePair {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
  }

  /** A stable identifier: document, then E1 and E2 mention ids. */
  public String key() {
    return documentId + "|" + first.id() + "|" + second.id();
  }

  public CandidatePair reversed() {
    return new CandidatePair(documentId, sentence, second, first, crossesSentences);
  }
}
