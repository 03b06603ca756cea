package org.relexcurator.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.relexcurator.model.Problem;

/**
 * What {@code relex sample} put into a new project.
 *
 * @param project the project file, or null when no sampled pair could be found in its corpus file
 * @param drawn pairs drawn from the scored corpus
 * @param saved of those, the pairs found again in their corpus files and saved
 * @param documents the documents saved, each with its corpus file
 * @param problems bad scored lines, and drawn pairs that could not be found or read again
 */
public record SampleSummary(
    Path project, int drawn, int saved, int documents, List<Problem> problems) {

  public SampleSummary {
    problems = List.copyOf(problems);
  }
}
