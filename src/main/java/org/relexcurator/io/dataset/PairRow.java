package org.relexcurator.io.dataset;

import java.util.List;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Span;

/**
 * One candidate pair as exported: the dataset's columns, then where the pair lies and what the
 * corpus said about its mentions. Offsets are code points of the document text.
 *
 * @param text the marked sentence the model reads
 * @param label the gold label, or {@code null} when the corpus has none for this pair
 * @param entity1 the text of E1's extent in the document, the string that is marked
 * @param type1 E1's PubTator3 type, as the model's training data had it
 * @param type1Source E1's type as the corpus writes it
 * @param markers the marker mode's name ({@code exact} or {@code all-occurrences})
 */
public record PairRow(
    String docId,
    String text,
    String label,
    String entity1,
    String type1,
    String entity2,
    String type2,
    int sentenceStart,
    int sentenceEnd,
    String e1Id,
    List<Span> e1Spans,
    List<String> e1Ids,
    String e2Id,
    List<Span> e2Spans,
    List<String> e2Ids,
    String type1Source,
    String type2Source,
    String markers) {

  public PairRow {
    e1Spans = List.copyOf(e1Spans);
    e1Ids = List.copyOf(e1Ids);
    e2Spans = List.copyOf(e2Spans);
    e2Ids = List.copyOf(e2Ids);
  }

  /**
   * The row of a candidate pair of a document.
   *
   * @param markedText the pair's sentence with markers, in the mode named by {@code markers}
   * @param type1 E1's PubTator3 type
   * @param type2 E2's PubTator3 type
   * @param goldLabel the gold label, or {@code null}
   */
  public static PairRow of(
      Document document,
      CandidatePair pair,
      String markedText,
      String type1,
      String type2,
      String goldLabel,
      String markers) {
    Entity first = pair.first();
    Entity second = pair.second();
    return new PairRow(
        pair.documentId(),
        markedText,
        goldLabel,
        document.text().slice(first.extent()),
        type1,
        document.text().slice(second.extent()),
        type2,
        pair.sentence().start(),
        pair.sentence().end(),
        first.id(),
        first.spans(),
        first.conceptIds(),
        second.id(),
        second.spans(),
        second.conceptIds(),
        first.type(),
        second.type(),
        markers);
  }
}
