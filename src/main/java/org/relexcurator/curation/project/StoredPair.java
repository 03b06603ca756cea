package org.relexcurator.curation.project;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.relexcurator.io.dataset.PairRow;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Span;

/**
 * A candidate pair as the project keeps it: enough to show it, to tie decisions and predictions to
 * it, and to export it, without reading its document again. Offsets are code points of the
 * document's text.
 *
 * <p>The mention details ({@code e1Text} to {@code e2SourceType}) are null together, and only in a
 * pair saved by a version before project format 4, which did not keep them; {@link
 * #hasMentionDetails()} tells. Saving the pair again fills them in.
 *
 * @param documentId the document it comes from
 * @param e1Id E1's mention id
 * @param e1Spans E1's spans (several for a discontinuous mention)
 * @param e1Type E1's type as the model saw it (PubTator3's)
 * @param e2Id E2's mention id
 * @param e2Spans E2's spans
 * @param e2Type E2's type as the model saw it
 * @param sentence the span of text the model read
 * @param markedText that text with the model's markers
 * @param markerMode the marker mode's name ({@code exact} or {@code all-occurrences})
 * @param e1Text the text of E1's extent in the document
 * @param e1ConceptIds E1's concept ids as the corpus gives them
 * @param e1SourceType E1's type as the corpus writes it
 * @param e2Text the text of E2's extent
 * @param e2ConceptIds E2's concept ids
 * @param e2SourceType E2's type as the corpus writes it
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
    String markerMode,
    String e1Text,
    List<String> e1ConceptIds,
    String e1SourceType,
    String e2Text,
    List<String> e2ConceptIds,
    String e2SourceType) {

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
      throw new IllegalArgumentException(
          "pair " + documentId + "|" + e1Id + "|" + e2Id + " has a mention without a span");
    }
    long known =
        Stream.of(e1Text, e1ConceptIds, e1SourceType, e2Text, e2ConceptIds, e2SourceType)
            .filter(Objects::nonNull)
            .count();
    if (known != 0 && known != 6) {
      throw new IllegalArgumentException(
          "pair " + documentId + "|" + e1Id + "|" + e2Id + " has some mention details but not all");
    }
    e1ConceptIds = e1ConceptIds == null ? null : List.copyOf(e1ConceptIds);
    e2ConceptIds = e2ConceptIds == null ? null : List.copyOf(e2ConceptIds);
  }

  /**
   * The pair of a dataset row, as {@code CorpusPreparation.row} makes it for a candidate pair; the
   * row's label is the corpus's, not a curator's, and is not kept.
   */
  public static StoredPair of(PairRow row) {
    return new StoredPair(
        row.docId(),
        row.e1Id(),
        row.e1Spans(),
        row.type1(),
        row.e2Id(),
        row.e2Spans(),
        row.type2(),
        new Span(row.sentenceStart(), row.sentenceEnd()),
        row.text(),
        row.markers(),
        row.entity1(),
        row.e1Ids(),
        row.type1Source(),
        row.entity2(),
        row.e2Ids(),
        row.type2Source());
  }

  /** The same key as {@link CandidatePair#key()}: document, then E1 and E2 mention ids. */
  public String key() {
    return documentId + "|" + e1Id + "|" + e2Id;
  }

  /** Whether the mention details are known (false only for pairs saved before format 4). */
  public boolean hasMentionDetails() {
    return e1Text != null;
  }

  /**
   * The pair as a dataset row with {@code label}.
   *
   * @throws IllegalStateException if the mention details are not known
   */
  public PairRow toRow(String label) {
    if (!hasMentionDetails()) {
      throw new IllegalStateException("pair " + key() + " has no mention details");
    }
    return new PairRow(
        documentId,
        markedText,
        label,
        e1Text,
        e1Type,
        e2Text,
        e2Type,
        sentence.start(),
        sentence.end(),
        e1Id,
        e1Spans,
        e1ConceptIds,
        e2Id,
        e2Spans,
        e2ConceptIds,
        e1SourceType,
        e2SourceType,
        markerMode);
  }
}
