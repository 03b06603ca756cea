package org.relexcurator.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.ReasonCode;

/**
 * What every {@link CurationStore} must do, whatever keeps its log. A new implementation gets these
 * tests by extending this class.
 */
abstract class CurationStoreContract {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private CurationStore store;
  private int clockTicks;

  /** A new, empty store. */
  abstract CurationStore newStore() throws Exception;

  @BeforeEach
  void openStore() throws Exception {
    store = newStore();
  }

  @AfterEach
  void closeStore() throws Exception {
    store.close();
  }

  private Instant tick() {
    return T0.plusSeconds(60L * clockTicks++);
  }

  private Decision decide(String curator, String pair, String label) throws Exception {
    return store.record(
        DecisionDraft.labelled(
            pair, curator, label, "treats", 0.9, null, "", tick(), Duration.ofSeconds(7)));
  }

  private Decision undo(String curator) throws Exception {
    Decision target = store.undoable(curator).orElseThrow();
    return store.record(DecisionDraft.undo(target, tick()));
  }

  private Decision redo(String curator) throws Exception {
    Decision target = store.redoable(curator).orElseThrow();
    return store.record(DecisionDraft.redo(target, tick()));
  }

  private Map<String, String> currentLabels() throws Exception {
    Map<String, String> labels = new TreeMap<>();
    store.current().forEach((pair, decision) -> labels.put(pair, decision.label()));
    return labels;
  }

  @Test
  void recordNumbersEntriesFromOneAndKeepsEveryComponent() throws Exception {
    Instant time = Instant.parse("2026-03-02T10:15:30Z");
    Decision stored =
        store.record(
            new DecisionDraft(
                "d1|T1|T2",
                "alice",
                DecisionAction.CORRECTED,
                "inhibits",
                "treats",
                0.61,
                ReasonCode.WRONG_DIRECTION,
                "E1 and E2 are swapped",
                time,
                Duration.ofMillis(12_345),
                null));
    Decision second = decide("alice", "d1|T2|T3", "none");

    assertThat(stored)
        .isEqualTo(
            new Decision(
                1,
                "d1|T1|T2",
                "alice",
                DecisionAction.CORRECTED,
                "inhibits",
                "treats",
                0.61,
                ReasonCode.WRONG_DIRECTION,
                "E1 and E2 are swapped",
                time,
                Duration.ofMillis(12_345),
                null));
    assertThat(second.sequence()).isEqualTo(2);
    assertThat(second.action()).isEqualTo(DecisionAction.REJECTED);
    assertThat(store.log()).containsExactly(stored, second);
  }

  @Test
  void currentIsTheLatestDecisionOfEachPair() throws Exception {
    decide("alice", "p1", "treats");
    decide("alice", "p2", "none");
    Decision later = decide("alice", "p1", "causes");

    assertThat(store.current()).containsOnlyKeys("p1", "p2");
    assertThat(store.current().get("p1")).isEqualTo(later);
    assertThat(store.current("p1")).contains(later);
    assertThat(store.current("never-decided")).isEmpty();
  }

  @Test
  void skipsAndFlagsAreDecisionsInForceToo() throws Exception {
    store.record(
        new DecisionDraft(
            "p1",
            "alice",
            DecisionAction.SKIPPED,
            null,
            null,
            null,
            null,
            "",
            tick(),
            Duration.ZERO,
            null));
    store.record(
        new DecisionDraft(
            "p2",
            "alice",
            DecisionAction.FLAGGED,
            null,
            "treats",
            0.5,
            ReasonCode.NEEDS_CONTEXT,
            "ask Bob",
            tick(),
            Duration.ofSeconds(3),
            null));

    assertThat(store.current().get("p1").action()).isEqualTo(DecisionAction.SKIPPED);
    assertThat(store.current().get("p2").action()).isEqualTo(DecisionAction.FLAGGED);
    assertThat(store.undoable("alice").orElseThrow().pairKey()).isEqualTo("p2");
  }

  @Test
  void anAdjudicationIsKeptWholeIsInForceAndItsAdjudicatorCanUndoIt() throws Exception {
    Decision alice = decide("alice", "p1", "treats");
    decide("bob", "p1", "causes");
    Decision adjudication =
        store.record(
            new DecisionDraft(
                "p1",
                "lead",
                DecisionAction.ADJUDICATED,
                "causes",
                "treats",
                0.9,
                ReasonCode.WRONG_DIRECTION,
                "bob is right",
                tick(),
                Duration.ofSeconds(40),
                null));

    assertThat(store.log()).endsWith(adjudication);
    assertThat(adjudication.action()).isEqualTo(DecisionAction.ADJUDICATED);
    assertThat(store.current("p1")).contains(adjudication);
    assertThat(store.undoable("alice")).contains(alice);

    undo("lead");

    assertThat(store.current("p1").orElseThrow().curator()).isEqualTo("bob");
    assertThat(store.redoable("lead")).contains(adjudication);
  }

  @Test
  void undoBringsBackThePairsEarlierDecision() throws Exception {
    Decision first = decide("alice", "p1", "treats");
    Decision second = decide("alice", "p1", "causes");

    Decision undo = undo("alice");

    assertThat(undo.action()).isEqualTo(DecisionAction.UNDONE);
    assertThat(undo.refersTo()).isEqualTo(second.sequence());
    assertThat(undo.pairKey()).isEqualTo("p1");
    assertThat(store.current("p1")).contains(first);
    assertThat(store.undoable("alice")).contains(first);
    assertThat(store.redoable("alice")).contains(second);
  }

  @Test
  void undoingAPairsOnlyDecisionLeavesItUndecided() throws Exception {
    decide("alice", "p1", "treats");

    undo("alice");

    assertThat(store.current()).isEmpty();
    assertThat(store.undoable("alice")).isEmpty();
    assertThat(store.log()).hasSize(2);
  }

  @Test
  void undoAndRedoWalkBackAndForthThroughAChainOfDecisions() throws Exception {
    Decision a = decide("alice", "p1", "treats");
    Decision b = decide("alice", "p2", "causes");
    Decision c = decide("alice", "p3", "none");

    assertThat(undo("alice").refersTo()).isEqualTo(c.sequence());
    assertThat(undo("alice").refersTo()).isEqualTo(b.sequence());
    assertThat(currentLabels()).containsOnlyKeys("p1");
    assertThat(undo("alice").refersTo()).isEqualTo(a.sequence());
    assertThat(store.current()).isEmpty();
    assertThat(store.undoable("alice")).isEmpty();

    assertThat(redo("alice").refersTo()).isEqualTo(a.sequence());
    assertThat(redo("alice").refersTo()).isEqualTo(b.sequence());
    assertThat(currentLabels()).containsOnlyKeys("p1", "p2");
    assertThat(redo("alice").refersTo()).isEqualTo(c.sequence());
    assertThat(store.redoable("alice")).isEmpty();
    assertThat(currentLabels()).isEqualTo(Map.of("p1", "treats", "p2", "causes", "p3", "none"));
    assertThat(store.current().get("p3")).isEqualTo(c);
  }

  @Test
  void undoAfterRedoCancelsTheRestoredDecisionAgain() throws Exception {
    Decision a = decide("alice", "p1", "treats");
    Decision b = decide("alice", "p1", "causes");
    undo("alice");
    Decision redone = redo("alice");
    assertThat(redone.action()).isEqualTo(DecisionAction.REDONE);
    assertThat(store.current("p1")).contains(b);

    Decision undoneAgain = undo("alice");

    assertThat(undoneAgain.refersTo()).isEqualTo(b.sequence());
    assertThat(store.current("p1")).contains(a);
    assertThat(store.redoable("alice")).contains(b);
  }

  @Test
  void aNewDecisionAfterUndoEmptiesTheRedoStack() throws Exception {
    decide("alice", "p1", "treats");
    decide("alice", "p2", "causes");
    undo("alice");
    undo("alice");

    decide("alice", "p3", "none");

    assertThat(store.redoable("alice")).isEmpty();
    assertThatThrownBy(() -> store.record(DecisionDraft.redo(store.log().get(0), tick())))
        .isInstanceOf(CurationStoreException.class)
        .hasMessage("alice has nothing to redo");
  }

  @Test
  void undoOnlyEverUndoesTheCuratorsOwnLastDecision() throws Exception {
    Decision alices = decide("alice", "p1", "treats");
    Decision bobs = decide("bob", "p2", "causes");

    Decision undo = undo("alice");

    assertThat(undo.refersTo()).isEqualTo(alices.sequence());
    assertThat(undo.curator()).isEqualTo("alice");
    assertThat(store.current()).containsOnlyKeys("p2");
    assertThat(store.undoable("bob")).contains(bobs);
    assertThat(store.redoable("bob")).isEmpty();
    assertThat(store.undoable("alice")).isEmpty();
  }

  @Test
  void aCuratorCannotUndoAnotherCuratorsDecision() throws Exception {
    Decision alices = decide("alice", "p1", "treats");

    assertThatThrownBy(
            () ->
                store.record(
                    new DecisionDraft(
                        "p1",
                        "bob",
                        DecisionAction.UNDONE,
                        null,
                        null,
                        null,
                        null,
                        "",
                        tick(),
                        Duration.ZERO,
                        alices.sequence())))
        .isInstanceOf(CurationStoreException.class)
        .hasMessage("bob has nothing to undo");
    assertThat(store.log()).containsExactly(alices);
    assertThat(store.current("p1")).contains(alices);
  }

  @Test
  void undoingADecisionAnotherCuratorOverrodeKeepsTheirLaterDecisionCurrent() throws Exception {
    Decision alices = decide("alice", "p1", "treats");
    Decision bobs = decide("bob", "p1", "causes");

    undo("alice");
    assertThat(store.current("p1")).contains(bobs);

    undo("bob");
    assertThat(store.current("p1")).isEmpty();

    redo("alice");
    assertThat(store.current("p1")).contains(alices);
    redo("bob");
    assertThat(store.current("p1")).contains(bobs);
  }

  @Test
  void aRedoneDecisionKeepsItsPlaceInTime() throws Exception {
    decide("alice", "p1", "treats");
    undo("alice");
    Decision bobs = decide("bob", "p1", "causes");

    redo("alice");

    assertThat(store.current("p1")).contains(bobs);
    assertThat(store.undoable("alice").orElseThrow().label()).isEqualTo("treats");
  }

  @Test
  void anUndoThatNoLongerMatchesTheStackIsRefusedAndNothingIsAppended() throws Exception {
    Decision first = decide("alice", "p1", "treats");
    decide("alice", "p2", "causes");

    assertThatThrownBy(() -> store.record(DecisionDraft.undo(first, tick())))
        .isInstanceOf(CurationStoreException.class)
        .hasMessage(
            "Decision 1 is not the one alice can undo now (that is decision 2);"
                + " was it undone or redone in another window?");
    assertThat(store.log()).hasSize(2);
    assertThat(store.current()).containsOnlyKeys("p1", "p2");
  }

  @Test
  void undoWithNothingToUndoIsRefused() throws Exception {
    Decision bobs = decide("bob", "p1", "treats");

    assertThatThrownBy(
            () ->
                store.record(
                    new DecisionDraft(
                        "p1",
                        "alice",
                        DecisionAction.UNDONE,
                        null,
                        null,
                        null,
                        null,
                        "",
                        tick(),
                        Duration.ZERO,
                        bobs.sequence())))
        .isInstanceOf(CurationStoreException.class)
        .hasMessage("alice has nothing to undo");
  }

  @Test
  void historyListsEveryEntryAboutOnePairUndoAndRedoIncluded() throws Exception {
    Decision a = decide("alice", "p1", "treats");
    decide("alice", "p2", "none");
    Decision b = decide("bob", "p1", "causes");
    Decision undo = undo("bob");
    Decision redo = redo("bob");

    assertThat(store.history("p1")).containsExactly(a, b, undo, redo);
    assertThat(store.history("p3")).isEmpty();
  }

  @Test
  void listenersHearEveryRecordedDecisionOnTheRecordingThread() throws Exception {
    List<Decision> heard = new ArrayList<>();
    AtomicReference<Thread> thread = new AtomicReference<>();
    Consumer<Decision> listener =
        decision -> {
          heard.add(decision);
          thread.set(Thread.currentThread());
        };
    store.addListener(listener);

    Decision a = decide("alice", "p1", "treats");
    Decision undo = undo("alice");
    store.removeListener(listener);
    decide("alice", "p2", "none");

    assertThat(heard).containsExactly(a, undo);
    assertThat(thread.get()).isSameAs(Thread.currentThread());
  }

  @Test
  void aFailingListenerNeitherLosesTheDecisionNorSilencesOtherListeners() throws Exception {
    List<Decision> heard = new ArrayList<>();
    store.addListener(
        decision -> {
          throw new IllegalStateException("listener bug");
        });
    store.addListener(heard::add);

    Decision a = decide("alice", "p1", "treats");

    assertThat(heard).containsExactly(a);
    assertThat(store.log()).containsExactly(a);
  }

  @Test
  void aListenerMayReadTheStore() throws Exception {
    List<Map<String, Decision>> seen = new ArrayList<>();
    store.addListener(
        decision -> {
          try {
            seen.add(store.current());
          } catch (CurationStoreException e) {
            throw new IllegalStateException(e);
          }
        });

    Decision a = decide("alice", "p1", "treats");

    assertThat(seen).containsExactly(Map.of("p1", a));
  }

  @Test
  void aClosedStoreRefusesEveryCallWithAMessage() throws Exception {
    Decision a = decide("alice", "p1", "treats");
    store.close();
    store.close();

    assertThatThrownBy(() -> decide("alice", "p2", "none"))
        .isInstanceOf(CurationStoreException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> store.log()).isInstanceOf(CurationStoreException.class);
    assertThatThrownBy(() -> store.history("p1")).isInstanceOf(CurationStoreException.class);
    assertThatThrownBy(() -> store.current()).isInstanceOf(CurationStoreException.class);
    assertThatThrownBy(() -> store.current("p1")).isInstanceOf(CurationStoreException.class);
    assertThatThrownBy(() -> store.undoable("alice")).isInstanceOf(CurationStoreException.class);
    assertThatThrownBy(() -> store.redoable("alice")).isInstanceOf(CurationStoreException.class);
    assertThat(a.sequence()).isEqualTo(1);
  }

  @Test
  void decisionsRecordedFromSeveralThreadsGetDistinctConsecutiveNumbers() throws Exception {
    int threads = 4;
    int each = 50;
    List<Thread> workers = new ArrayList<>();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < threads; t++) {
      String curator = "curator" + t;
      workers.add(
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < each; i++) {
                    store.record(
                        DecisionDraft.labelled(
                            "p" + i,
                            curator,
                            "treats",
                            "treats",
                            0.9,
                            null,
                            "",
                            T0,
                            Duration.ZERO));
                  }
                } catch (Exception | Error e) {
                  failures.add(e);
                }
              }));
    }
    workers.forEach(Thread::start);
    for (Thread worker : workers) {
      worker.join();
    }

    assertThat(failures).isEmpty();
    assertThat(store.log())
        .extracting(Decision::sequence)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, threads * each).boxed().toList());
  }

  @Test
  void replayingTheLogGivesTheStoresState() throws Exception {
    decide("alice", "p1", "treats");
    decide("bob", "p1", "causes");
    decide("alice", "p2", "none");
    undo("alice");
    undo("alice");
    redo("alice");
    decide("bob", "p3", "treats");
    undo("bob");

    EffectiveDecisions replayed = EffectiveDecisions.of(store.log());

    assertThat(replayed.current()).isEqualTo(store.current());
    for (String curator : List.of("alice", "bob", "carol")) {
      assertThat(replayed.undoable(curator)).isEqualTo(store.undoable(curator));
      assertThat(replayed.redoable(curator)).isEqualTo(store.redoable(curator));
    }
  }
}
