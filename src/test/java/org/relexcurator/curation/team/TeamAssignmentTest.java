package org.relexcurator.curation.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.curation.team.TeamAssignment.DealtPair;

class TeamAssignmentTest {

  /** Three documents of 4 pairs each. */
  private static List<DealtPair> twelvePairs() {
    List<DealtPair> pairs = new ArrayList<>();
    for (int d = 1; d <= 3; d++) {
      for (int i = 0; i < 4; i++) {
        pairs.add(new DealtPair("D" + d + "|T" + i + "|T9", "D" + d));
      }
    }
    return pairs;
  }

  @Test
  void anOverlapNoWholeDocumentFillsIsClosedWithPartOfOneDocument() {
    // 0.5 of 12 is 6: one whole document of 4 and 2 pairs of another.
    TeamAssignment assignment = TeamAssignment.deal(twelvePairs(), List.of("ann", "ben"), 0.5, 7);

    assertThat(assignment.overlap()).hasSize(6);
    assertThat(assignment.overlap().stream().map(k -> k.substring(0, 2)).distinct()).hasSize(2);
    assertThat(assignment.shares().get("ann").size() + assignment.shares().get("ben").size())
        .isEqualTo(6);
  }

  @Test
  void noOverlapDealsEveryDocumentWholeToTheCuratorWithFewestPairs() {
    TeamAssignment assignment =
        TeamAssignment.deal(twelvePairs(), List.of("ann", "ben", "cat"), 0, 7);

    assertThat(assignment.overlap()).isEmpty();
    assertThat(assignment.shares().values())
        .allSatisfy(
            share -> {
              assertThat(share).hasSize(4);
              assertThat(share.stream().map(k -> k.substring(0, 2)).distinct()).hasSize(1);
            });
  }

  @Test
  void aWholeOverlapGivesEveryCuratorEveryPair() {
    TeamAssignment assignment = TeamAssignment.deal(twelvePairs(), List.of("ann", "ben"), 1, 7);

    assertThat(assignment.overlap()).hasSize(12);
    assertThat(assignment.pairsOf("ben")).hasSize(12);
    assertThat(assignment.shares().get("ann")).isEmpty();
  }

  @Test
  void aTeamOfOneOrTheSameNameTwiceOrAnOverlapOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> TeamAssignment.deal(twelvePairs(), List.of("ann"), 0.2, 1))
        .hasMessageContaining("two or more different curators");
    assertThatThrownBy(() -> TeamAssignment.deal(twelvePairs(), List.of("ann", "ann"), 0.2, 1))
        .hasMessageContaining("two or more different curators");
    assertThatThrownBy(() -> TeamAssignment.deal(twelvePairs(), List.of("ann", "ben"), 1.5, 1))
        .hasMessageContaining("from 0 to 1");
  }
}
