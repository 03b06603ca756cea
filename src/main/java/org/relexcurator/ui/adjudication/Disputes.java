package org.relexcurator.ui.adjudication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.EffectiveDecisions;
import org.relexcurator.curation.agreement.Adjudication;
import org.relexcurator.curation.agreement.Agreement;
import org.relexcurator.curation.agreement.MentionDispute;
import org.relexcurator.curation.agreement.MentionDisputes;
import org.relexcurator.curation.agreement.PairText;
import org.relexcurator.curation.agreement.SettledLabel;
import org.relexcurator.curation.agreement.SettledLabels;
import org.relexcurator.curation.project.ProjectContents;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.model.Decision;

/**
 * What the adjudication pane shows, read in one go off the UI thread.
 *
 * @param pairs the disputed pairs, in the order first decided
 * @param labels the labels an adjudicator may give
 * @param agreement every two curators' kappa, {@code alice–bob κ 0.143 (3 pairs)}, or why there is
 *     none
 * @param gold how many pairs are gold
 * @param open how many pairs are only skipped or flagged
 * @param mentionDisputes where curators' mention edits conflict, one line each
 */
record Disputes(
    List<DisputedPair> pairs,
    List<String> labels,
    String agreement,
    int gold,
    int open,
    List<String> mentionDisputes) {

  /** Reads the project's log, pairs and labels. */
  static Disputes read(CurationStore decisions, ProjectContents contents, Adjudication adjudication)
      throws CurationStoreException {
    EffectiveDecisions state = EffectiveDecisions.of(decisions.log());
    SettledLabels settled = SettledLabels.of(state);
    Map<String, PairText> texts = new HashMap<>();
    for (StoredPair pair : contents.pairs()) {
      PairText.of(pair).ifPresent(text -> texts.put(pair.key(), text));
    }
    List<DisputedPair> pairs = new ArrayList<>();
    for (SettledLabel disputed : settled.withStatus(SettledLabel.Status.DISPUTED)) {
      List<CuratorVerdict> verdicts = new ArrayList<>();
      state
          .verdicts(disputed.pairKey())
          .forEach((curator, decision) -> verdicts.add(verdict(curator, decision)));
      PairText text = texts.get(disputed.pairKey());
      pairs.add(
          new DisputedPair(
              disputed.pairKey(),
              text == null ? "" : text.e1(),
              text == null ? "" : text.e2(),
              text == null ? "" : text.sentence(),
              verdicts));
    }
    return new Disputes(
        pairs,
        adjudication.labels(),
        agreement(settled),
        settled.withStatus(SettledLabel.Status.GOLD).size(),
        settled.withStatus(SettledLabel.Status.OPEN).size(),
        MentionDisputes.of(state.mentionEdits()).stream().map(MentionDispute::describe).toList());
  }

  private static CuratorVerdict verdict(String curator, Decision decision) {
    return new CuratorVerdict(
        curator,
        decision.action().labels() ? decision.label() : null,
        decision.reason() == null ? null : decision.reason().description(),
        decision.note());
  }

  private static String agreement(SettledLabels settled) {
    List<String> curators = new ArrayList<>(settled.curators());
    if (curators.size() < 2) {
      return "Agreement needs two curators who labelled pairs";
    }
    List<String> parts = new ArrayList<>();
    for (Agreement agreement : Agreement.amongEveryTwo(curators, settled.all())) {
      parts.add(
          String.format(
              Locale.ROOT,
              "%s–%s κ %s (%d pairs)",
              agreement.first(),
              agreement.second(),
              agreement.kappa().format(),
              agreement.pairs()));
    }
    return String.join("; ", parts);
  }
}
