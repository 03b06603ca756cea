package org.relexcurator.curation.project;

import java.util.List;
import java.util.Objects;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Span;

/**
 * A candidate pair as the project keeps it: enough to show it and to tie decisions and
 * predictions to it without reading its document again. Offsets are code points of the
 * document's text.
 *
 * @param documentId the document it comes from
 * @param e1Id E1's mention id
 * @param e1Spans E1's spans (several for a discontinuous mention)
 * @param e1Type E1's type as the model saw it
 * @param e2Id E2's mention id
 * @param e2Spans E2's spans
 * @param e2Type E2's type as the model saw it
 * @param sentence the span of text the model read
 * @param markedText that text with the model's markers
 * @param markerMode the marker mode's name ({@code exact} or {@code all-occurrences})
 */
public record StoredPair(
    String documentId,
    String e1Id,
    List<Span> e1Spans,
    String e1Type,
    String e2Id,
    List<Span> e2Spans,
    String e2Type,
    Span sentence,
    String markedText,
    String markerMode) {

  public StoredPair {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(e1Id, "e1Id");
    Objects.requireNonNull(e1Type, "e1Type");
    Objects.requireNonNull(e2Id, "e2Id");
    Objects.requireNonNull(e2Type, "e2Type");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(markedText, "markedText");
    Objects.requireNonNull(markerMode, "markerMode");
    e1Spans = List.copyOf(e1Spans);
    e2Spans = List.copyOf(e2Spans);
    if (e1Spans.isEmpty() || e2Spans.isEmpty()) {
      throw new IllegalArgumentException("pair " + documentId + "|" + e1Id + "|" + e2Id
          + " has a mention without a span");
    }
  }

  /** The same key as {@link CandidatePair#key()}: document, then E1 and E2 mention ids. */
  public String key() {
    return documentId + "|" + e1Id + "|" + e2Id;
  }
}
