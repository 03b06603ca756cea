package org.relexcurator.curation.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.relexcurator.curation.agreement.SettledLabel.SettledBy.ADJUDICATION;
import static org.relexcurator.curation.agreement.SettledLabel.SettledBy.AGREEMENT;
import static org.relexcurator.curation.agreement.SettledLabel.SettledBy.SINGLE;
import static org.relexcurator.curation.agreement.SettledLabel.Status.DISPUTED;
import static org.relexcurator.curation.agreement.SettledLabel.Status.GOLD;
import static org.relexcurator.curation.agreement.SettledLabel.Status.OPEN;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;

class SettledLabelsTest {

  private final CurationSession session = new CurationSession();

  private SettledLabel settled(String pair) throws Exception {
    return session.settled().get(pair).orElseThrow();
  }

  private static Map<String, String> labels(String... curatorsAndLabels) {
    Map<String, String> labels = new HashMap<>();
    for (int i = 0; i < curatorsAndLabels.length; i += 2) {
      labels.put(curatorsAndLabels[i], curatorsAndLabels[i + 1]);
    }
    return labels;
  }

  @Test
  void oneCuratorsLabelIsGoldSettledBySingle() throws Exception {
    Decision alice = session.label("alice", "p", "causes");

    assertThat(settled("p"))
        .isEqualTo(new SettledLabel("p", GOLD, SINGLE, alice, labels("alice", "causes")));
    assertThat(settled("p").label()).isEqualTo("causes");
  }

  @Test
  void curatorsWhoAgreeMakeGoldAndTheLatestAgreeingDecisionIsTheDecidingOne() throws Exception {
    session.label("alice", "p", "treats");
    Decision bob = session.label("bob", "p", "treats");
    session.skip("carol", "p");

    assertThat(settled("p"))
        .isEqualTo(
            new SettledLabel(
                "p",
                GOLD,
                AGREEMENT,
                bob,
                labels("alice", "treats", "bob", "treats", "carol", null)));
  }

  @Test
  void differentLabelsMakeADisputeWithoutAGoldLabel() throws Exception {
    session.label("alice", "p", "treats");
    Decision bob = session.label("bob", "p", "none");

    SettledLabel settled = settled("p");

    assertThat(settled)
        .isEqualTo(
            new SettledLabel("p", DISPUTED, null, bob, labels("alice", "treats", "bob", "none")));
    assertThat(settled.label()).isNull();
  }

  @Test
  void anAdjudicationSettlesADisputeAndTheAdjudicatorCastsNoVote() throws Exception {
    session.label("alice", "p", "treats");
    session.label("bob", "p", "none");
    Decision lead = session.adjudicate("lead", "p", "causes");

    assertThat(settled("p"))
        .isEqualTo(
            new SettledLabel(
                "p", GOLD, ADJUDICATION, lead, labels("alice", "treats", "bob", "none")));
    assertThat(settled("p").label()).isEqualTo("causes");
  }

  @Test
  void theLatestAdjudicationWinsAndLaterLabelsDoNotUnsettleIt() throws Exception {
    session.label("alice", "p", "treats");
    session.label("bob", "p", "none");
    session.adjudicate("lead", "p", "causes");
    Decision second = session.adjudicate("boss", "p", "none");
    session.label("alice", "p", "inhibits");

    SettledLabel settled = settled("p");

    assertThat(settled.decision()).isEqualTo(second);
    assertThat(settled.settledBy()).isEqualTo(ADJUDICATION);
    assertThat(settled.labelsByCurator()).isEqualTo(labels("alice", "inhibits", "bob", "none"));
  }

  @Test
  void undoingAnAdjudicationReopensTheDisputeAndRedoSettlesItAgain() throws Exception {
    session.label("alice", "p", "treats");
    session.label("bob", "p", "none");
    Decision lead = session.adjudicate("lead", "p", "causes");

    Decision undo = session.undo("lead");
    assertThat(settled("p").status()).isEqualTo(DISPUTED);
    assertThat(settled("p").decision().curator()).isEqualTo("bob");
    assertThat(undo.refersTo()).isEqualTo(lead.sequence());

    session.redo("lead");
    assertThat(settled("p").decision()).isEqualTo(lead);
  }

  @Test
  void aCuratorWhoAlsoLabelledKeepsTheirVoteWhenTheyAdjudicate() throws Exception {
    session.label("alice", "p", "treats");
    session.label("lead", "p", "none");
    session.adjudicate("lead", "p", "treats");

    assertThat(settled("p").labelsByCurator()).isEqualTo(labels("alice", "treats", "lead", "none"));
  }

  @Test
  void aPairOnlySkippedOrFlaggedIsOpenWithItsLatestDecision() throws Exception {
    session.skip("alice", "p");
    Decision flag = session.flag("bob", "p");

    assertThat(settled("p"))
        .isEqualTo(new SettledLabel("p", OPEN, null, flag, labels("alice", null, "bob", null)));
  }

  @Test
  void aLabelOnASkipIsATentativeOneAndNoVote() throws Exception {
    session.hold("alice", "p", DecisionAction.SKIPPED, "causes");

    assertThat(settled("p").status()).isEqualTo(OPEN);
    assertThat(settled("p").labelsByCurator()).isEqualTo(labels("alice", null));
  }

  @Test
  void aLaterSkipOrFlagDoesNotWithdrawTheCuratorsLabel() throws Exception {
    Decision alice = session.label("alice", "p", "treats");
    Decision skip = session.skip("alice", "p");

    SettledLabel settled = settled("p");

    assertThat(settled)
        .isEqualTo(new SettledLabel("p", GOLD, SINGLE, alice, labels("alice", "treats")));
    assertThat(session.store.current("p")).contains(skip);
  }

  @Test
  void onlyACuratorsLatestLabelCountsAndUndoBringsBackTheEarlierOne() throws Exception {
    session.label("alice", "p", "treats");
    session.label("bob", "p", "causes");
    Decision changed = session.label("alice", "p", "causes");
    assertThat(settled("p").settledBy()).isEqualTo(AGREEMENT);
    assertThat(settled("p").decision()).isEqualTo(changed);

    session.undo("alice");

    assertThat(settled("p").status()).isEqualTo(DISPUTED);
    assertThat(settled("p").labelsByCurator())
        .isEqualTo(labels("alice", "treats", "bob", "causes"));
  }

  @Test
  void aPairWhoseEveryDecisionWasUndoneIsAbsent() throws Exception {
    session.label("alice", "p", "treats");
    session.label("alice", "q", "none");
    session.undo("alice");

    assertThat(session.settled().get("q")).isEmpty();
    assertThat(session.settled().all()).extracting(SettledLabel::pairKey).containsExactly("p");
  }

  @Test
  void pairsComeInTheOrderFirstDecidedAndCanBePickedByStatus() throws Exception {
    session.label("alice", "p3", "treats");
    session.label("alice", "p1", "none");
    session.label("bob", "p1", "treats");
    session.flag("carol", "p2");
    session.label("bob", "p3", "treats");

    SettledLabels settled = session.settled();

    assertThat(settled.all()).extracting(SettledLabel::pairKey).containsExactly("p3", "p1", "p2");
    assertThat(settled.withStatus(GOLD)).extracting(SettledLabel::pairKey).containsExactly("p3");
    assertThat(settled.withStatus(DISPUTED))
        .extracting(SettledLabel::pairKey)
        .containsExactly("p1");
    assertThat(settled.withStatus(OPEN)).extracting(SettledLabel::pairKey).containsExactly("p2");
    assertThat(settled.curators()).containsExactly("alice", "bob");
  }

  @Test
  void aSettledLabelIsSettledByExactlyWhenItIsGoldAndItsMapCannotChange() throws Exception {
    Decision decision = session.label("alice", "p", "none");

    assertThatThrownBy(() -> new SettledLabel("p", DISPUTED, AGREEMENT, decision, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SettledLabel("p", GOLD, null, decision, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    Map<String, String> labels = settled("p").labelsByCurator();
    assertThatThrownBy(() -> labels.put("bob", "none"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anInconsistentLogIsRefused() throws Exception {
    Decision alice = session.label("alice", "p", "none");
    Decision undoByBob =
        new Decision(
            2,
            "p",
            "bob",
            DecisionAction.UNDONE,
            null,
            null,
            null,
            null,
            "",
            alice.time(),
            java.time.Duration.ZERO,
            1L);

    assertThatThrownBy(() -> SettledLabels.fromLog(List.of(alice, undoByBob)))
        .hasMessage("bob has nothing to undo");
  }
}
