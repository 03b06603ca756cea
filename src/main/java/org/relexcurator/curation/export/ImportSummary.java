package org.relexcurator.curation.export;

import java.nio.file.Path;
import java.util.List;
import org.relexcurator.model.Problem;

/**
 * What an import did.
 *
 * @param project the project file made, or null when no line could be imported and none was made
 * @param rows the lines that held a pair (blank lines not counted)
 * @param imported the pairs now in the project
 * @param decisions the decisions recorded
 * @param problems what was wrong, line by line; errors are lines skipped
 */
public record ImportSummary(
    Path project, int rows, int imported, int decisions, List<Problem> problems) {

  public ImportSummary {
    problems = List.copyOf(problems);
  }

  /** Lines skipped. */
  public int skipped() {
    return rows - imported;
  }
}
