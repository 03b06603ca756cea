package org.relexcurator.curation.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionDraft;

class DecisionIdentityTest {

  private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

  @Test
  void entriesThatSayTheSameAtTheSameInstantAreToldApartByTheirOccurrence()
      throws CurationStoreException {
    InMemoryCurationStore store = new InMemoryCurationStore();
    Decision decided = store.record(TeamStudy.label("D1|T0|T1", "ann", "treats", NOW));
    store.record(DecisionDraft.undo(decided, NOW));
    store.record(DecisionDraft.redo(decided, NOW));
    store.record(DecisionDraft.undo(decided, NOW));

    List<DecisionIdentity> identities = DecisionIdentity.of(store.log());

    assertThat(identities).doesNotHaveDuplicates();
    assertThat(identities.get(3).occurrence()).isEqualTo(2);
    assertThat(identities.get(1).revises()).isEqualTo(identities.get(0));
  }

  @Test
  void aDecisionCopiedIntoAnotherLogUnderAnotherNumberKeepsItsIdentity()
      throws CurationStoreException {
    InMemoryCurationStore first = new InMemoryCurationStore();
    first.record(TeamStudy.label("D1|T0|T1", "ann", "treats", NOW));
    Decision decided = first.record(TeamStudy.label("D2|T0|T1", "ann", "none", NOW));
    first.record(DecisionDraft.undo(decided, NOW.plusSeconds(1)));
    InMemoryCurationStore second = new InMemoryCurationStore();
    Decision copied = second.record(TeamStudy.label("D2|T0|T1", "ann", "none", NOW));
    second.record(DecisionDraft.undo(copied, NOW.plusSeconds(1)));

    assertThat(DecisionIdentity.of(second.log()))
        .containsExactlyElementsOf(DecisionIdentity.of(first.log()).subList(1, 3));
    assertThat(DecisionIdentity.of(List.of(decided)).get(0).timeSpent())
        .isEqualTo(Duration.ofSeconds(2));
  }
}
