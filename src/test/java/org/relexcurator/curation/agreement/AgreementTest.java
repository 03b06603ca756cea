package org.relexcurator.curation.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Agreement between curators as read from a decision log. */
class AgreementTest {

  private final CurationSession session = new CurationSession();

  @Test
  void onlyPairsBothCuratorsLabelledCountAndDisagreementsNameBothLabels() throws Exception {
    session.label("alice", "p1", "treats");
    session.label("bob", "p1", "treats");
    session.label("alice", "p2", "none");
    session.label("bob", "p2", "causes");
    session.label("alice", "p3", "none");
    session.label("bob", "p3", "none");
    session.label("alice", "only-alice", "treats");
    session.skip("bob", "only-alice");
    session.label("carol", "p1", "none");

    Agreement agreement = Agreement.between("alice", "bob", session.settled().all());

    assertThat(agreement.pairs()).isEqualTo(3);
    assertThat(agreement.agreed()).isEqualTo(2);
    assertThat(agreement.observed()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(agreement.disagreements()).containsExactly(new Disagreement("p2", "none", "causes"));
    // alice: treats 1, none 2; bob: treats 1, none 1, causes 1. p_e = (1·1 + 2·1) / 9 = 1/3.
    // kappa = (2/3 − 1/3) / (1 − 1/3) = 1/2.
    assertThat(agreement.kappa().value()).isCloseTo(0.5, within(1e-12));
    assertThat(agreement.perLabel())
        .extracting(LabelAgreement::label)
        .containsExactly("causes", "none", "treats");
  }

  @Test
  void anAdjudicatedPairStillCountsAsTheCuratorsLabelledIt() throws Exception {
    session.label("alice", "p", "treats");
    session.label("bob", "p", "none");
    session.adjudicate("alice", "p", "none");

    Agreement agreement = Agreement.between("alice", "bob", session.settled().all());

    assertThat(agreement.disagreements()).containsExactly(new Disagreement("p", "treats", "none"));
  }

  @Test
  void everyTwoCuratorsAreComparedInTheOrderGiven() throws Exception {
    session.label("alice", "p", "treats");
    session.label("bob", "p", "treats");
    session.label("carol", "p", "none");

    List<Agreement> agreements =
        Agreement.amongEveryTwo(List.of("alice", "bob", "carol"), session.settled().all());

    assertThat(agreements)
        .extracting(a -> a.first() + "-" + a.second())
        .containsExactly("alice-bob", "alice-carol", "bob-carol");
    assertThat(agreements.get(0).kappa().undefinedReason()).contains("same label (treats)");
    assertThat(agreements.get(1).disagreements()).hasSize(1);
  }

  @Test
  void curatorsWithoutASharedPairHaveAnUndefinedKappa() throws Exception {
    session.label("alice", "p", "treats");
    session.label("bob", "q", "treats");

    Agreement agreement = Agreement.between("alice", "bob", session.settled().all());

    assertThat(agreement.pairs()).isZero();
    assertThat(agreement.kappa().undefinedReason())
        .isEqualTo("no pair was labelled by both curators");
  }

  @Test
  void aCuratorCannotBeComparedWithThemselves() {
    assertThatThrownBy(() -> Agreement.between("alice", "alice", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agreement needs two curators, not alice twice");
  }
}
