package org.relexcurator.ui.queue;

/** What changed in a batch of rows, to decide whether the filters or the order must look again. */
enum RowChange {
  PREDICTIONS,
  DECISIONS
}
