package org.relexcurator.ui.prediction;

/** What the prediction panel is showing. */
public enum PredictionState {
  NO_PAIR,
  NO_MODEL,
  SCORING,
  RESULT,
  ERROR
}
