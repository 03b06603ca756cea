package org.relexcurator.io.dataset;

import java.util.Arrays;
import java.util.List;

/**
 * One row of a synthetic_relex dataset file, as read: each column's text, {@code null} where the
 * row lacks the column, and the 1-based line the row starts on.
 */
record DatasetRow(
    String docId,
    String text,
    String label,
    String entity1,
    String type1,
    String entity2,
    String type2,
    int line) {

  /** The dataset's columns, in the order the project writes them. */
  static final List<String> COLUMNS =
      List.of("doc_id", "text", "label", "entity1", "type1", "entity2", "type2");

  /** A row from column values in {@link #COLUMNS} order. */
  static DatasetRow of(String[] values, int line) {
    return new DatasetRow(
        values[0], values[1], values[2], values[3], values[4], values[5], values[6], line);
  }

  /** The column values in {@link #COLUMNS} order. */
  List<String> values() {
    return Arrays.asList(docId, text, label, entity1, type1, entity2, type2);
  }
}
