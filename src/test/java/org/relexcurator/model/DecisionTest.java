package org.relexcurator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DecisionTest {

  private static final Instant TIME = Instant.parse("2026-03-02T09:00:00Z");

  private static DecisionDraft draft(
      DecisionAction action, String label, String predicted, Long refersTo) {
    return new DecisionDraft(
        "d|T1|T2",
        "alice",
        action,
        label,
        predicted,
        predicted == null ? null : 0.7,
        null,
        null,
        TIME,
        Duration.ofSeconds(4),
        refersTo);
  }

  @Test
  void theActionOfALabelFollowsFromTheModelsPrediction() {
    assertThat(DecisionAction.forLabel("treats", "treats")).isEqualTo(DecisionAction.ACCEPTED);
    assertThat(DecisionAction.forLabel("none", "none")).isEqualTo(DecisionAction.ACCEPTED);
    assertThat(DecisionAction.forLabel("none", "treats")).isEqualTo(DecisionAction.REJECTED);
    assertThat(DecisionAction.forLabel("causes", "treats")).isEqualTo(DecisionAction.CORRECTED);
    assertThat(DecisionAction.forLabel("causes", null)).isEqualTo(DecisionAction.CORRECTED);
    assertThat(DecisionAction.forLabel("none", null)).isEqualTo(DecisionAction.REJECTED);
  }

  @Test
  void labelledDraftCarriesTheActionItsLabelAmountsTo() {
    DecisionDraft draft =
        DecisionDraft.labelled(
            "d|T1|T2",
            "alice",
            "inhibits",
            "treats",
            0.55,
            ReasonCode.NEGATION,
            "not treated",
            TIME,
            Duration.ofSeconds(9));

    assertThat(draft.action()).isEqualTo(DecisionAction.CORRECTED);
    assertThat(draft.withSequence(3))
        .isEqualTo(
            new Decision(
                3,
                "d|T1|T2",
                "alice",
                DecisionAction.CORRECTED,
                "inhibits",
                "treats",
                0.55,
                ReasonCode.NEGATION,
                "not treated",
                TIME,
                Duration.ofSeconds(9),
                null));
  }

  @Test
  void anActionThatContradictsItsLabelIsRefused() {
    assertThatThrownBy(() -> draft(DecisionAction.ACCEPTED, "causes", "treats", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CORRECTED, not ACCEPTED");
    assertThatThrownBy(() -> draft(DecisionAction.CORRECTED, "none", "treats", null))
        .hasMessageContaining("REJECTED, not CORRECTED");
    assertThatThrownBy(() -> draft(DecisionAction.REJECTED, null, "treats", null))
        .hasMessage("REJECTED needs a label");
  }

  @Test
  void skipsAndFlagsNeedNoLabel() {
    assertThat(draft(DecisionAction.SKIPPED, null, "treats", null).label()).isNull();
    assertThat(draft(DecisionAction.FLAGGED, null, null, null).note()).isEmpty();
  }

  @Test
  void anAdjudicationNeedsALabelWhichMayAgreeOrDisagreeWithTheModel() {
    assertThat(draft(DecisionAction.ADJUDICATED, "treats", "treats", null).label())
        .isEqualTo("treats");
    assertThat(draft(DecisionAction.ADJUDICATED, "causes", "treats", null).label())
        .isEqualTo("causes");
    assertThat(draft(DecisionAction.ADJUDICATED, "none", null, null).label()).isEqualTo("none");
    assertThatThrownBy(() -> draft(DecisionAction.ADJUDICATED, null, "treats", null))
        .hasMessage("ADJUDICATED needs a label");
    assertThatThrownBy(() -> draft(DecisionAction.ADJUDICATED, "causes", null, 1L))
        .hasMessage("ADJUDICATED refers to no earlier decision");
  }

  @Test
  void anAdjudicationLabelsAPairAndRevisesNothing() {
    assertThat(DecisionAction.ADJUDICATED.labels()).isTrue();
    assertThat(DecisionAction.ADJUDICATED.revises()).isFalse();
  }

  @Test
  void undoAndRedoMustReferToADecisionAndCarryNoLabel() {
    assertThatThrownBy(() -> draft(DecisionAction.UNDONE, null, null, null))
        .hasMessage("UNDONE must name the decision it refers to");
    assertThatThrownBy(() -> draft(DecisionAction.REDONE, "treats", null, 2L))
        .hasMessage("REDONE carries no label of its own");
    assertThatThrownBy(() -> draft(DecisionAction.SKIPPED, null, null, 2L))
        .hasMessage("SKIPPED refers to no earlier decision");
    assertThatThrownBy(() -> draft(DecisionAction.UNDONE, null, null, 5L).withSequence(5))
        .hasMessage("decision 5 refers to later decision 5");
  }

  @Test
  void undoDraftNamesTheDecisionItsPairAndItsCurator() {
    Decision decided = draft(DecisionAction.CORRECTED, "causes", "treats", null).withSequence(7);

    DecisionDraft undo = DecisionDraft.undo(decided, TIME.plusSeconds(5));
    DecisionDraft redo = DecisionDraft.redo(decided, TIME.plusSeconds(6));

    assertThat(undo.action()).isEqualTo(DecisionAction.UNDONE);
    assertThat(redo.action()).isEqualTo(DecisionAction.REDONE);
    assertThat(undo.refersTo()).isEqualTo(7L);
    assertThat(undo.pairKey()).isEqualTo("d|T1|T2");
    assertThat(undo.curator()).isEqualTo("alice");
    assertThat(undo.timeSpent()).isZero();
  }

  @Test
  void scoresAreProbabilitiesOfAPredictedLabel() {
    assertThatThrownBy(
            () ->
                new DecisionDraft(
                    "p",
                    "alice",
                    DecisionAction.SKIPPED,
                    null,
                    null,
                    0.5,
                    null,
                    "",
                    TIME,
                    Duration.ZERO,
                    null))
        .hasMessage("a predicted score needs its predicted label");
    assertThatThrownBy(
            () ->
                new DecisionDraft(
                    "p",
                    "alice",
                    DecisionAction.SKIPPED,
                    null,
                    "treats",
                    Double.NaN,
                    null,
                    "",
                    TIME,
                    Duration.ZERO,
                    null))
        .hasMessageContaining("is no probability");
  }

  @Test
  void blankNamesAndNegativeTimesAreRefused() {
    assertThatThrownBy(
            () ->
                new DecisionDraft(
                    "p",
                    " ",
                    DecisionAction.SKIPPED,
                    null,
                    null,
                    null,
                    null,
                    "",
                    TIME,
                    Duration.ZERO,
                    null))
        .hasMessage("curator is blank");
    assertThatThrownBy(
            () ->
                new DecisionDraft(
                    "p",
                    "alice",
                    DecisionAction.SKIPPED,
                    null,
                    null,
                    null,
                    null,
                    "",
                    TIME,
                    Duration.ofSeconds(-1),
                    null))
        .hasMessageContaining("is negative");
    assertThatThrownBy(() -> draft(DecisionAction.SKIPPED, null, null, null).withSequence(0))
        .hasMessage("sequence 0 is not positive");
  }
}
