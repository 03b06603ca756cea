package org.relexcurator.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;

class ReplaceableCurationStoreTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void decisionsGoToTheStoreInUseAndListenersFollowTheSwap() throws Exception {
    InMemoryCurationStore first = new InMemoryCurationStore();
    InMemoryCurationStore second = new InMemoryCurationStore();
    ReplaceableCurationStore store = new ReplaceableCurationStore(first);
    List<String> heard = new ArrayList<>();
    store.addListener(decision -> heard.add(decision.pairKey()));

    store.record(draft("d1|T1|T2"));
    CurationStore replaced = store.replace(second);
    store.record(draft("d2|T1|T2"));
    first.record(draft("d3|T1|T2"));

    assertThat(replaced).isSameAs(first);
    assertThat(first.current()).containsOnlyKeys("d1|T1|T2", "d3|T1|T2");
    assertThat(second.current()).containsOnlyKeys("d2|T1|T2");
    assertThat(store.current()).containsOnlyKeys("d2|T1|T2");
    assertThat(store.undoable("alice")).map(Decision::pairKey).contains("d2|T1|T2");
    assertThat(heard).containsExactly("d1|T1|T2", "d2|T1|T2");
  }

  @Test
  void closingClosesOnlyTheStoreInUse() throws Exception {
    InMemoryCurationStore first = new InMemoryCurationStore();
    InMemoryCurationStore second = new InMemoryCurationStore();
    ReplaceableCurationStore store = new ReplaceableCurationStore(first);
    store.replace(second);

    store.close();

    assertThat(first.log()).isEmpty();
    assertThatThrownBy(second::log).isInstanceOf(CurationStoreException.class);
  }

  private static DecisionDraft draft(String pairKey) {
    return new DecisionDraft(
        pairKey,
        "alice",
        DecisionAction.REJECTED,
        Decision.NO_RELATION,
        null,
        null,
        null,
        "",
        NOW,
        Duration.ofSeconds(3),
        null);
  }
}
