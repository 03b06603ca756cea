package org.relexcurator.ui.evaluation;

import java.util.Optional;

/**
 * Asks the curator where to save the report: the window answers with a file dialog, tests answer
 * directly.
 */
@FunctionalInterface
public interface ReportFileChoice {

  /**
   * @param suggestedName a file name without extension, e.g. {@code evaluation}
   * @return the chosen file, or empty when the curator cancelled
   */
  Optional<ReportFile> choose(String suggestedName);
}
