package org.relexcurator.curation.agreement;

import java.time.Duration;
import java.time.Instant;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;

/** Several curators deciding in one in-memory store, one minute apart; the model said treats. */
final class CurationSession {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  final CurationStore store = new InMemoryCurationStore();
  private int ticks;

  private Instant tick() {
    return T0.plusSeconds(60L * ticks++);
  }

  Decision label(String curator, String pair, String label) throws CurationStoreException {
    return store.record(
        DecisionDraft.labelled(
            pair, curator, label, "treats", 0.8, null, "", tick(), Duration.ofSeconds(5)));
  }

  Decision skip(String curator, String pair) throws CurationStoreException {
    return hold(curator, pair, DecisionAction.SKIPPED, null);
  }

  Decision flag(String curator, String pair) throws CurationStoreException {
    return hold(curator, pair, DecisionAction.FLAGGED, null);
  }

  /** A skip or flag, with a label the curator leaned to (or null). */
  Decision hold(String curator, String pair, DecisionAction action, String label)
      throws CurationStoreException {
    return store.record(
        new DecisionDraft(
            pair,
            curator,
            action,
            label,
            "treats",
            0.8,
            null,
            "",
            tick(),
            Duration.ofSeconds(5),
            null));
  }

  Decision adjudicate(String curator, String pair, String label) throws CurationStoreException {
    return store.record(
        new DecisionDraft(
            pair,
            curator,
            DecisionAction.ADJUDICATED,
            label,
            "treats",
            0.8,
            null,
            "",
            tick(),
            Duration.ofSeconds(20),
            null));
  }

  Decision undo(String curator) throws CurationStoreException {
    return store.record(DecisionDraft.undo(store.undoable(curator).orElseThrow(), tick()));
  }

  Decision redo(String curator) throws CurationStoreException {
    return store.record(DecisionDraft.redo(store.redoable(curator).orElseThrow(), tick()));
  }

  SettledLabels settled() throws CurationStoreException {
    return SettledLabels.fromLog(store.log());
  }
}
