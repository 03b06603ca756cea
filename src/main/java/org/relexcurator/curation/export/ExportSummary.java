package org.relexcurator.curation.export;

import java.nio.file.Path;
import java.util.List;
import org.relexcurator.model.Problem;

/**
 * What an export wrote.
 *
 * @param format the format
 * @param target the file or folder written
 * @param pairs how many pairs it holds (rows, or relations for the document formats)
 * @param goldPairs how many of them have a gold label
 * @param documents how many documents the document formats wrote; 0 for JSONL and CSV
 * @param testModelPairs how many of them carry a test model's prediction, whose scores mean nothing
 * @param missingPairs keys of pairs with a decision that the project does not hold, which no export
 *     can write
 * @param obsoletePairs keys of decided pairs left out because a curator removed or changed one of
 *     their mentions
 * @param editedMentions how many mentions curators added or changed in the documents written (0 for
 *     JSONL and CSV, whose pairs carry their mentions)
 * @param warnings what the format could not hold (PubTator: discontinuous mentions, relations of
 *     mentions without concept ids), each naming the document and the annotation
 */
public record ExportSummary(
    ExportFormat format,
    Path target,
    int pairs,
    int goldPairs,
    int documents,
    int testModelPairs,
    List<String> missingPairs,
    List<String> obsoletePairs,
    int editedMentions,
    List<Problem> warnings) {

  public ExportSummary {
    missingPairs = List.copyOf(missingPairs);
    obsoletePairs = List.copyOf(obsoletePairs);
    warnings = List.copyOf(warnings);
  }
}
