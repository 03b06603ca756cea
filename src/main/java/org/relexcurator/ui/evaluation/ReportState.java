package org.relexcurator.ui.evaluation;

/** What the report view shows. */
public enum ReportState {
  /** Nothing evaluated yet. */
  EMPTY,
  /** Reading and scoring a file in the background. */
  EVALUATING,
  REPORT,
  /** The file could not be evaluated; the error message says why. */
  FAILED
}
