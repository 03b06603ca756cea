package org.relexcurator.curation;

import org.relexcurator.model.Decision;

/**
 * A decision log that lives as long as the process: for tests, and for a session whose decisions
 * need not survive. "Durable" here means only that a recorded decision is in the log.
 */
public final class InMemoryCurationStore extends LoggedCurationStore {

  @Override
  protected void persist(Decision decision) {
    // Memory is the store.
  }

  @Override
  protected String closedMessage() {
    return "The decision store is closed";
  }
}
