package org.relexcurator.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;

/**
 * Random sessions of three curators deciding, undoing and redoing on three pairs. The store's state
 * is checked against a definition computed straight from the log, independent of the undo stacks
 * that {@link EffectiveDecisions} keeps.
 */
class DecisionLogPropertiesTest {

  private static final Instant TIME = Instant.parse("2026-03-02T09:00:00Z");

  enum Kind {
    DECIDE,
    UNDO,
    REDO
  }

  record Step(Kind kind, String curator, String pair, String label) {}

  @Property(tries = 300)
  void currentIsEachPairsLatestDecisionNotUndone(@ForAll("sessions") List<Step> session)
      throws Exception {
    CurationStore store = play(session);

    assertThat(store.current()).isEqualTo(currentFromLog(store.log()));
  }

  @Property(tries = 300)
  void everyoneUndoesAndRedoesOnlyTheirOwnDecisions(@ForAll("sessions") List<Step> session)
      throws Exception {
    CurationStore store = play(session);
    Map<Long, Decision> bySequence = new HashMap<>();
    store.log().forEach(d -> bySequence.put(d.sequence(), d));
    Map<Long, Boolean> undone = undoneFlags(store.log());

    for (Decision entry : store.log()) {
      if (entry.action().revises()) {
        Decision target = bySequence.get(entry.refersTo());
        assertThat(target.curator()).isEqualTo(entry.curator());
        assertThat(target.pairKey()).isEqualTo(entry.pairKey());
        assertThat(target.action().revises()).isFalse();
      }
    }
    for (String curator : List.of("alice", "bob", "carol")) {
      store
          .undoable(curator)
          .ifPresent(
              d -> {
                assertThat(d.curator()).isEqualTo(curator);
                assertThat(undone.get(d.sequence())).isFalse();
              });
      store
          .redoable(curator)
          .ifPresent(
              d -> {
                assertThat(d.curator()).isEqualTo(curator);
                assertThat(undone.get(d.sequence())).isTrue();
              });
    }
  }

  @Property(tries = 300)
  void undoThenRedoLeavesEveryPairAsItWas(@ForAll("sessions") List<Step> session) throws Exception {
    CurationStore store = play(session);
    for (String curator : List.of("alice", "bob", "carol")) {
      Optional<Decision> undoable = store.undoable(curator);
      if (undoable.isEmpty()) {
        continue;
      }
      Map<String, Decision> before = store.current();

      store.record(DecisionDraft.undo(undoable.get(), TIME));
      store.record(DecisionDraft.redo(store.redoable(curator).orElseThrow(), TIME));

      assertThat(store.current()).isEqualTo(before);
      assertThat(store.undoable(curator)).isEqualTo(undoable);
    }
  }

  @Property(tries = 300)
  void eachCuratorsVerdictIsTheirLatestLabelNotUndone(@ForAll("sessions") List<Step> session)
      throws Exception {
    List<Decision> log = play(session).log();
    Map<Long, Boolean> undone = undoneFlags(log);
    Map<String, Map<String, Decision>> expected = new HashMap<>();
    for (Decision entry : log) {
      if (!entry.action().revises() && !undone.get(entry.sequence())) {
        expected
            .computeIfAbsent(entry.pairKey(), pair -> new HashMap<>())
            .put(entry.curator(), entry);
      }
    }

    EffectiveDecisions state = EffectiveDecisions.of(log);
    for (String pair : List.of("p1", "p2", "p3")) {
      assertThat(state.verdicts(pair)).isEqualTo(expected.getOrDefault(pair, Map.of()));
      assertThat(state.adjudication(pair)).isEmpty();
    }
  }

  /** Plays a session; undo and redo with nothing to undo or redo are skipped. */
  private static CurationStore play(List<Step> session) throws CurationStoreException {
    CurationStore store = new InMemoryCurationStore();
    for (Step step : session) {
      switch (step.kind()) {
        case DECIDE ->
            store.record(
                DecisionDraft.labelled(
                    step.pair(),
                    step.curator(),
                    step.label(),
                    "treats",
                    0.8,
                    null,
                    "",
                    TIME,
                    Duration.ZERO));
        case UNDO -> {
          Optional<Decision> target = store.undoable(step.curator());
          if (target.isPresent()) {
            store.record(DecisionDraft.undo(target.get(), TIME));
          }
        }
        case REDO -> {
          Optional<Decision> target = store.redoable(step.curator());
          if (target.isPresent()) {
            store.record(DecisionDraft.redo(target.get(), TIME));
          }
        }
      }
    }
    return store;
  }

  /** For every decision, whether the log's last undo or redo of it is an undo. */
  private static Map<Long, Boolean> undoneFlags(List<Decision> log) {
    Map<Long, Boolean> undone = new HashMap<>();
    for (Decision entry : log) {
      if (entry.action().revises()) {
        undone.put(entry.refersTo(), entry.action() == DecisionAction.UNDONE);
      } else {
        undone.put(entry.sequence(), false);
      }
    }
    return undone;
  }

  private static Map<String, Decision> currentFromLog(List<Decision> log) {
    Map<Long, Boolean> undone = undoneFlags(log);
    Map<String, Decision> firstDecided = new LinkedHashMap<>();
    Map<String, Decision> current = new HashMap<>();
    for (Decision entry : log) {
      if (!entry.action().revises()) {
        firstDecided.putIfAbsent(entry.pairKey(), entry);
        if (!undone.get(entry.sequence())) {
          current.put(entry.pairKey(), entry);
        }
      }
    }
    Map<String, Decision> ordered = new LinkedHashMap<>();
    firstDecided.keySet().stream()
        .filter(current::containsKey)
        .forEach(pair -> ordered.put(pair, current.get(pair)));
    return ordered;
  }

  @Provide
  Arbitrary<List<Step>> sessions() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.of("alice", "bob", "carol"),
                Arbitraries.of("p1", "p2", "p3"),
                Arbitraries.of("treats", "causes", "none"))
            .as(Step::new);
    return step.list().ofMaxSize(40);
  }
}
