package org.relexcurator.curation.team;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.MentionEdit;
import org.relexcurator.model.ReasonCode;

/**
 * What makes a decision the same decision in any project it was copied into: everything it says but
 * its sequence number, which each project assigns anew. An undo or redo names the decision it
 * revises by that decision's identity, not by a number. Two entries of one log that say exactly the
 * same (a curator's clock that did not move) are told apart by their {@code occurrence}: the first
 * such entry is 1, the next 2.
 *
 * <p>Projects split by {@code relex assign} carry copies of the source's decisions; merging them
 * back recognises those copies, and a file merged twice, by this identity.
 */
record DecisionIdentity(
    String pairKey,
    String curator,
    DecisionAction action,
    String label,
    String predictedLabel,
    Double predictedScore,
    ReasonCode reason,
    String note,
    Instant time,
    Duration timeSpent,
    MentionEdit mentionEdit,
    DecisionIdentity revises,
    int occurrence) {

  /** The identities of a whole log, in its order. */
  static List<DecisionIdentity> of(List<Decision> log) {
    Map<Long, DecisionIdentity> bySequence = new HashMap<>();
    Map<DecisionIdentity, Integer> seen = new HashMap<>();
    List<DecisionIdentity> identities = new ArrayList<>(log.size());
    for (Decision decision : log) {
      DecisionIdentity revises =
          decision.refersTo() == null ? null : bySequence.get(decision.refersTo());
      DecisionIdentity first = of(decision, revises, 1);
      int occurrence = seen.merge(first, 1, Integer::sum);
      DecisionIdentity identity = occurrence == 1 ? first : of(decision, revises, occurrence);
      bySequence.put(decision.sequence(), identity);
      identities.add(identity);
    }
    return identities;
  }

  private static DecisionIdentity of(Decision d, DecisionIdentity revises, int occurrence) {
    return new DecisionIdentity(
        d.pairKey(),
        d.curator(),
        d.action(),
        d.label(),
        d.predictedLabel(),
        d.predictedScore(),
        d.reason(),
        d.note(),
        d.time(),
        d.timeSpent(),
        d.mentionEdit(),
        revises,
        occurrence);
  }
}
