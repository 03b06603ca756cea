package org.relexcurator.spark;

import java.io.Serializable;
import java.util.List;
import org.relexcurator.io.dataset.PairRow;
import org.relexcurator.model.Span;

/**
 * A candidate pair on its way from the executor that read it to the one that scores it: the columns
 * of {@code relex predict}'s rows, in types Spark can serialise.
 *
 * @param inputFile the input the pair came from, as {@link InputFile#path()}
 * @param pair the pair's key, as {@code relex predict} writes it
 * @param row the dataset columns; spans as [start, end] code-point offsets
 */
record PendingPair(String inputFile, String pair, Columns row) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** {@link PairRow}'s fields, with spans as int pairs. */
  record Columns(
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
      List<int[]> e1Spans,
      List<String> e1Ids,
      String e2Id,
      List<int[]> e2Spans,
      List<String> e2Ids,
      String type1Source,
      String type2Source,
      String markers)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    static Columns of(PairRow row) {
      return new Columns(
          row.docId(),
          row.text(),
          row.label(),
          row.entity1(),
          row.type1(),
          row.entity2(),
          row.type2(),
          row.sentenceStart(),
          row.sentenceEnd(),
          row.e1Id(),
          spans(row.e1Spans()),
          List.copyOf(row.e1Ids()),
          row.e2Id(),
          spans(row.e2Spans()),
          List.copyOf(row.e2Ids()),
          row.type1Source(),
          row.type2Source(),
          row.markers());
    }

    private static List<int[]> spans(List<Span> spans) {
      return spans.stream().map(span -> new int[] {span.start(), span.end()}).toList();
    }
  }
}
