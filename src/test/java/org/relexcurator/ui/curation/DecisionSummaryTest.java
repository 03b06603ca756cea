package org.relexcurator.ui.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.ReasonCode;

class DecisionSummaryTest {

  @Test
  void anAdjudicationReadsAsTheFinalLabelWithItsReason() {
    Decision adjudication =
        new Decision(
            5,
            "d|T1|T2",
            "lead",
            DecisionAction.ADJUDICATED,
            "causes",
            "treats",
            0.7,
            ReasonCode.WRONG_DIRECTION,
            "",
            Instant.EPOCH,
            Duration.ZERO,
            null);

    assertThat(DecisionSummary.verdict(adjudication))
        .isEqualTo("adjudicated → causes (wrong direction)");
  }
}
