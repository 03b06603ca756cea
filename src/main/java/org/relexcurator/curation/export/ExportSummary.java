package org.relexcurator.curation.export;

import java.nio.file.Path;
import java.util.List;

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
 */
public record ExportSummary(
    ExportFormat format,
    Path target,
    int pairs,
    int goldPairs,
    int documents,
    int testModelPairs,
    List<String> missingPairs) {

  public ExportSummary {
    missingPairs = List.copyOf(missingPairs);
  }
}
