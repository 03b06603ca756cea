package org.relexcurator.ui.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.relexcurator.ui.curation.CurationFixtures.MODEL_LABELS;
import static org.relexcurator.ui.curation.CurationFixtures.chemicalDisease;
import static org.relexcurator.ui.curation.CurationFixtures.pair;
import static org.relexcurator.ui.curation.CurationFixtures.predicting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Prediction;
import org.relexcurator.model.ReasonCode;
import org.relexcurator.task.SynchronousTaskExecutor;
import org.relexcurator.task.TaskExecutor;

class CurationViewModelTest {

  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final ModelDescription REAL_MODEL =
      new ModelDescription(
          "synthetic_relex", "/models/synthetic_relex", MODEL_LABELS, "cpu", false, "abc");

  /**
   * A review queue of pairs doc1, doc2, …: next() shows the following one, like the real one; and
   * the window around it, which shows the pair last {@link #put} on screen.
   */
  private final class Queue implements PairNavigation {
    final List<String> calls = new ArrayList<>();
    final List<CandidatePair> pairs =
        List.of(chemicalDisease("doc1"), chemicalDisease("doc2"), chemicalDisease("doc3"));
    int shown;
    CandidatePair onScreen;

    /** Puts a pair on screen and in the deciding pane, as the window does. */
    void put(CurationViewModel pane, CandidatePair pair, Prediction prediction) {
      onScreen = pair;
      pane.show(pair, prediction);
    }

    @Override
    public CandidatePair onScreen() {
      return onScreen;
    }

    void showFirst() {
      shown = 0;
      put(viewModel, pairs.get(0), predicting("treats"));
    }

    @Override
    public void next(CandidatePair decided) {
      // Any other pair than the shown one would send the queue on from the wrong place.
      calls.add(decided.equals(pairs.get(shown)) ? "next" : "next after " + decided.key());
      shown++;
      if (shown < pairs.size()) {
        put(viewModel, pairs.get(shown), predicting("treats"));
      } else {
        onScreen = null;
        viewModel.clear();
      }
    }

    @Override
    public void revisit(String pairKey) {
      calls.add("revisit " + pairKey);
      for (int i = 0; i < pairs.size(); i++) {
        if (pairs.get(i).key().equals(pairKey)) {
          shown = i;
          put(viewModel, pairs.get(i), predicting("treats"));
        }
      }
    }
  }

  private final MutableClock clock = new MutableClock(START);
  private final CurationStore store = new InMemoryCurationStore();
  private final Queue queue = new Queue();
  private CurationViewModel viewModel;

  private CurationViewModel newViewModel(TaskExecutor executor) {
    CurationViewModel created =
        new CurationViewModel(store, executor, "alice", LabelChoices.bundled(), clock, queue);
    created.setModel(REAL_MODEL);
    return created;
  }

  @BeforeEach
  void startOnTheFirstPair() {
    viewModel = newViewModel(new SynchronousTaskExecutor());
    queue.showFirst();
  }

  private Decision last() throws Exception {
    List<Decision> log = store.log();
    return log.get(log.size() - 1);
  }

  @Test
  void acceptRecordsTheModelsLabelWithItsScoreAndMovesToTheNextPair() throws Exception {
    clock.advance(Duration.ofSeconds(5));

    viewModel.accept();

    Decision decision = last();
    assertThat(decision.pairKey()).isEqualTo("doc1|T1|T2");
    assertThat(decision.curator()).isEqualTo("alice");
    assertThat(decision.action()).isEqualTo(DecisionAction.ACCEPTED);
    assertThat(decision.label()).isEqualTo("treats");
    assertThat(decision.predictedLabel()).isEqualTo("treats");
    assertThat(decision.predictedScore()).isCloseTo(0.8, offset(1e-9));
    assertThat(decision.time()).isEqualTo(START.plusSeconds(5));
    assertThat(queue.calls).containsExactly("next");
    assertThat(viewModel.pairTitleProperty().get()).isEqualTo("E1 Paclitaxel → E2 lung cancer");
    assertThat(viewModel.currentDecisionProperty().get()).isEqualTo("not decided yet");
    assertThat(viewModel.statusProperty().get()).isEqualTo("Saved: accepted treats");
  }

  @Test
  void choosingAnotherLabelRecordsACorrection() throws Exception {
    viewModel.choose("causes");

    assertThat(last().action()).isEqualTo(DecisionAction.CORRECTED);
    assertThat(last().label()).isEqualTo("causes");
    assertThat(last().predictedLabel()).isEqualTo("treats");
    assertThat(queue.calls).containsExactly("next");
  }

  @Test
  void numberKeysReachTheLabelsTheSpecsAllowFirst() throws Exception {
    assertThat(viewModel.labelPicker().labels())
        .hasSize(15)
        .extracting(LabelChoice::label)
        .doesNotContain("none");
    assertThat(viewModel.labelPicker().labels().subList(0, 5))
        .containsExactly(
            new LabelChoice("treats", true, "1"),
            new LabelChoice("causes", true, "2"),
            new LabelChoice("prevents", true, "3"),
            new LabelChoice("affects_efficacy_of", false, "4"),
            new LabelChoice("binds_to", false, "5"));
    assertThat(viewModel.labelPicker().labels().get(9))
        .isEqualTo(new LabelChoice("interacts_with", false, "0"));
    assertThat(viewModel.labelPicker().labels().get(10).shortcut()).isEmpty();
    assertThat(viewModel.labelPicker().labelsCaptionProperty().get())
        .isEqualTo("Labels the relation specs allow for Chemical → Disease come first");

    viewModel.chooseShortcut("3");
    assertThat(last().label()).isEqualTo("prevents");
    viewModel.chooseShortcut("0");
    assertThat(last().label()).isEqualTo("interacts_with");
    assertThat(last().pairKey()).isEqualTo("doc2|T1|T2");
  }

  @Test
  void noneIsARejectionUnlessTheModelSaidNoneToo() throws Exception {
    viewModel.markNone();
    assertThat(last().action()).isEqualTo(DecisionAction.REJECTED);
    assertThat(last().label()).isEqualTo("none");

    queue.put(viewModel, chemicalDisease("doc5"), predicting("none"));
    viewModel.markNone();
    assertThat(last().action()).isEqualTo(DecisionAction.ACCEPTED);
    assertThat(last().pairKey()).isEqualTo("doc5|T1|T2");
  }

  @Test
  void skipAndFlagRecordNoLabelButWhatTheModelSaid() throws Exception {
    viewModel.skip();
    Decision skipped = last();
    viewModel.flag();
    Decision flagged = last();

    assertThat(skipped.action()).isEqualTo(DecisionAction.SKIPPED);
    assertThat(skipped.pairKey()).isEqualTo("doc1|T1|T2");
    assertThat(skipped.label()).isNull();
    assertThat(skipped.predictedLabel()).isEqualTo("treats");
    assertThat(flagged.action()).isEqualTo(DecisionAction.FLAGGED);
    assertThat(flagged.pairKey()).isEqualTo("doc2|T1|T2");
    assertThat(queue.calls).containsExactly("next", "next");
  }

  @Test
  void reasonAndNoteGoWithTheDecisionAndStartEmptyOnTheNextPair() throws Exception {
    viewModel.reasonProperty().set(ReasonCode.NEGATION);
    viewModel.noteProperty().set("\"did not prevent\" in the abstract");

    viewModel.markNone();

    assertThat(last().reason()).isEqualTo(ReasonCode.NEGATION);
    assertThat(last().note()).isEqualTo("\"did not prevent\" in the abstract");
    assertThat(viewModel.reasonProperty().get()).isNull();
    assertThat(viewModel.noteProperty().get()).isEmpty();

    viewModel.accept();
    assertThat(last().reason()).isNull();
    assertThat(last().note()).isEmpty();
  }

  @Test
  void aNoteTypedOnOnePairIsNotCarriedToAnotherShownPair() {
    viewModel.noteProperty().set("half-written");
    viewModel.reasonProperty().set(ReasonCode.OTHER);

    queue.put(viewModel, chemicalDisease("doc7"), null);

    assertThat(viewModel.noteProperty().get()).isEmpty();
    assertThat(viewModel.reasonProperty().get()).isNull();
  }

  @Test
  void timeSpentCountsFromWhenThePairWasFirstShown() throws Exception {
    CandidatePair fresh = chemicalDisease("doc8");
    queue.put(viewModel, fresh, null);
    clock.advance(Duration.ofSeconds(10));
    queue.put(viewModel, fresh, predicting("causes"));
    clock.advance(Duration.ofSeconds(32));

    viewModel.accept();

    assertThat(last().timeSpent()).isEqualTo(Duration.ofSeconds(42));
    assertThat(last().label()).isEqualTo("causes");
  }

  @Test
  void acceptNeedsAPredictionButOtherLabelsDoNot() throws Exception {
    queue.put(viewModel, chemicalDisease("doc8"), null);
    assertThat(viewModel.modelVerdictProperty().get()).isEqualTo("no prediction yet");
    assertThat(viewModel.canAcceptProperty().get()).isFalse();

    viewModel.accept();
    assertThat(store.log()).isEmpty();

    viewModel.chooseShortcut("1");
    assertThat(last().action()).isEqualTo(DecisionAction.CORRECTED);
    assertThat(last().label()).isEqualTo("treats");
    assertThat(last().predictedLabel()).isNull();
    assertThat(last().predictedScore()).isNull();
  }

  @Test
  void withoutAModelOrPredictionOnlyNoneSkipAndFlagAreOffered() throws Exception {
    CurationViewModel bare =
        new CurationViewModel(
            store, new SynchronousTaskExecutor(), "alice", LabelChoices.bundled(), clock, queue);
    queue.put(bare, chemicalDisease("doc1"), null);

    assertThat(bare.labelPicker().labels()).isEmpty();
    assertThat(bare.labelPicker().labelsCaptionProperty().get())
        .isEqualTo("Load a model to choose among its labels");
    bare.markNone();
    assertThat(last().action()).isEqualTo(DecisionAction.REJECTED);
  }

  @Test
  void aPaneLeftShowingAPairNoLongerOnScreenRecordsNothingAndEmptiesItself() throws Exception {
    queue.onScreen = queue.pairs.get(1);

    viewModel.accept();
    viewModel.markNone();
    viewModel.skip();

    assertThat(store.log()).isEmpty();
    assertThat(queue.calls).isEmpty();
    assertThat(viewModel.pairTitleProperty().get()).isEqualTo("No pair selected");
    assertThat(viewModel.canDecideProperty().get()).isFalse();
    assertThat(viewModel.errorProperty().get()).startsWith("Not saved: the pair shown here");
  }

  @Test
  void aLabelTheModelDoesNotKnowIsAProgrammingError() {
    assertThatThrownBy(() -> viewModel.choose("activates"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("activates is not among the model's labels");
  }

  @Test
  void aTestModelsVerdictIsShownLikeAnyOther() {
    viewModel.setModel(new ModelDescription("tiny", "/tmp/tiny", MODEL_LABELS, "cpu", true, "x"));

    assertThat(viewModel.modelVerdictProperty().get()).isEqualTo("treats · 0.80");
  }

  @Test
  void undoCancelsTheLastDecisionAndBringsItsPairBack() throws Exception {
    viewModel.choose("causes");
    assertThat(viewModel.canUndoProperty().get()).isTrue();

    viewModel.undo();

    assertThat(last().action()).isEqualTo(DecisionAction.UNDONE);
    assertThat(last().refersTo()).isEqualTo(1L);
    assertThat(store.current()).isEmpty();
    assertThat(queue.calls).containsExactly("next", "revisit doc1|T1|T2");
    assertThat(viewModel.pairTitleProperty().get()).isEqualTo("E1 Paclitaxel → E2 lung cancer");
    assertThat(viewModel.currentDecisionProperty().get()).isEqualTo("not decided yet");
    assertThat(viewModel.statusProperty().get()).isEqualTo("Undone: corrected → causes");
    assertThat(viewModel.canUndoProperty().get()).isFalse();
    assertThat(viewModel.canRedoProperty().get()).isTrue();
  }

  @Test
  void redoRestoresTheUndoneDecisionAndMovesOnAgain() throws Exception {
    viewModel.choose("causes");
    viewModel.undo();

    viewModel.redo();

    assertThat(last().action()).isEqualTo(DecisionAction.REDONE);
    assertThat(store.current("doc1|T1|T2").orElseThrow().label()).isEqualTo("causes");
    assertThat(queue.calls).containsExactly("next", "revisit doc1|T1|T2", "next");
    assertThat(viewModel.statusProperty().get()).isEqualTo("Redone: corrected → causes");
    assertThat(viewModel.canRedoProperty().get()).isFalse();
    assertThat(viewModel.canUndoProperty().get()).isTrue();
  }

  @Test
  void undoingADecisionOnTheShownPairStaysThereAndShowsTheEarlierDecision() throws Exception {
    viewModel.choose("causes");
    queue.revisit("doc1|T1|T2");
    clock.advance(Duration.ofMinutes(3));
    viewModel.accept();
    queue.revisit("doc1|T1|T2");
    queue.calls.clear();

    viewModel.undo();

    assertThat(queue.calls).isEmpty();
    assertThat(viewModel.currentDecisionProperty().get())
        .isEqualTo("corrected → causes by alice 3 min ago");
  }

  @Test
  void undoAndRedoChainThroughSeveralDecisions() throws Exception {
    viewModel.accept();
    viewModel.choose("causes");
    viewModel.skip();

    viewModel.undo();
    viewModel.undo();
    viewModel.undo();
    assertThat(store.current()).isEmpty();
    assertThat(viewModel.canUndoProperty().get()).isFalse();
    viewModel.undo();
    assertThat(store.log()).hasSize(6);

    viewModel.redo();
    viewModel.redo();
    assertThat(store.current()).containsOnlyKeys("doc1|T1|T2", "doc2|T1|T2");
    assertThat(viewModel.canRedoProperty().get()).isTrue();
  }

  @Test
  void undoLeavesOtherCuratorsDecisionsAlone() throws Exception {
    store.record(
        DecisionDraft.labelled(
            "doc3|T1|T2", "bob", "none", "treats", 0.8, null, "", START, Duration.ZERO));
    CurationViewModel alices = newViewModel(new SynchronousTaskExecutor());

    assertThat(alices.canUndoProperty().get()).isFalse();
    alices.undo();

    assertThat(store.log()).hasSize(1);
    assertThat(store.undoable("bob")).isPresent();
  }

  @Test
  void aCuratorNameChangedInTheSettingsRecordsLaterDecisionsAndOwnsUndo() throws Exception {
    viewModel.accept();
    assertThat(viewModel.canUndoProperty().get()).isTrue();

    viewModel.setCurator("bob");

    assertThat(viewModel.canUndoProperty().get()).isFalse();
    viewModel.skip();
    assertThat(last().curator()).isEqualTo("bob");
    viewModel.undo();
    assertThat(last().action()).isEqualTo(DecisionAction.UNDONE);
    assertThat(last().curator()).isEqualTo("bob");
    assertThat(store.current()).containsOnlyKeys("doc1|T1|T2");
    assertThat(store.current("doc1|T1|T2").orElseThrow().curator()).isEqualTo("alice");
  }

  @Test
  void theShownPairsDecisionSaysWhatWhoAndWhen() throws Exception {
    store.record(
        DecisionDraft.labelled(
            "doc2|T1|T2",
            "bob",
            "inhibits",
            "treats",
            0.8,
            ReasonCode.WRONG_DIRECTION,
            "",
            START,
            Duration.ofSeconds(3)));
    clock.advance(Duration.ofSeconds(150));

    queue.put(viewModel, chemicalDisease("doc2"), predicting("treats"));
    assertThat(viewModel.currentDecisionProperty().get())
        .isEqualTo("corrected → inhibits (wrong direction) by bob 2 min ago");

    clock.advance(Duration.ofHours(2));
    viewModel.refreshTimes();
    assertThat(viewModel.currentDecisionProperty().get())
        .isEqualTo("corrected → inhibits (wrong direction) by bob 2 h ago");

    clock.advance(Duration.ofDays(3));
    viewModel.refreshTimes();
    assertThat(viewModel.currentDecisionProperty().get()).endsWith("by bob on 2 Mar 2026");
  }

  @Test
  void aStoreFailureIsShownAndThePairStays() throws Exception {
    store.close();

    viewModel.accept();

    assertThat(viewModel.errorProperty().get())
        .isEqualTo("Could not save the decision: The decision store is closed");
    assertThat(queue.calls).isEmpty();
    assertThat(viewModel.busyProperty().get()).isFalse();
    assertThat(viewModel.canAcceptProperty().get()).isTrue();
  }

  @Test
  void typeAheadFiltersTheLabelsAndEnterChoosesTheHighlightedOne() throws Exception {
    viewModel.labelPicker().labelFilterProperty().set("co exp");
    assertThat(viewModel.labelPicker().visibleLabels())
        .extracting(LabelChoice::label)
        .containsExactly("co_expressed_with");

    viewModel.labelPicker().labelFilterProperty().set("REG");
    assertThat(viewModel.labelPicker().visibleLabels())
        .extracting(LabelChoice::label)
        .containsExactly("downregulates", "regulates", "upregulates");
    assertThat(viewModel.labelPicker().highlightedProperty().get().label())
        .isEqualTo("downregulates");
    viewModel.labelPicker().highlightNext();
    viewModel.labelPicker().highlightNext();
    viewModel.labelPicker().highlightNext();
    viewModel.labelPicker().highlightPrevious();
    assertThat(viewModel.labelPicker().highlightedProperty().get().label()).isEqualTo("regulates");

    viewModel.chooseHighlighted();

    assertThat(last().label()).isEqualTo("regulates");
    assertThat(viewModel.labelPicker().labelFilterProperty().get()).isEmpty();
    assertThat(viewModel.labelPicker().visibleLabels()).hasSize(15);
  }

  @Test
  void nothingIsHighlightedUntilSomethingIsTypedOrUpAndDownArePressed() throws Exception {
    assertThat(viewModel.labelPicker().highlightedProperty().get()).isNull();
    viewModel.chooseHighlighted();
    assertThat(store.log()).isEmpty();

    viewModel.labelPicker().highlightNext();
    viewModel.labelPicker().highlightNext();

    assertThat(viewModel.labelPicker().highlightedProperty().get().label()).isEqualTo("causes");
  }

  @Test
  void aFilterMatchingNothingChoosesNothing() throws Exception {
    viewModel.labelPicker().labelFilterProperty().set("zzz");

    viewModel.chooseHighlighted();

    assertThat(viewModel.labelPicker().highlightedProperty().get()).isNull();
    assertThat(store.log()).isEmpty();
  }

  @Test
  void whileAWriteIsUnderWayFurtherKeysDoNothing() throws Exception {
    QueuedTaskExecutor executor = new QueuedTaskExecutor();
    viewModel = newViewModel(executor);
    queue.showFirst();
    executor.runAll();

    viewModel.accept();
    assertThat(viewModel.busyProperty().get()).isTrue();
    assertThat(viewModel.canDecideProperty().get()).isFalse();
    viewModel.accept();
    viewModel.markNone();
    viewModel.undo();
    assertThat(executor.waiting()).isEqualTo(1);

    executor.runAll();

    assertThat(store.log()).hasSize(1);
    assertThat(viewModel.busyProperty().get()).isFalse();
    assertThat(queue.calls).containsExactly("next");
  }

  @Test
  void aDecisionStoredAfterTheCuratorMovedOnDoesNotMoveTheQueue() throws Exception {
    QueuedTaskExecutor executor = new QueuedTaskExecutor();
    viewModel = newViewModel(executor);
    queue.showFirst();
    executor.runAll();

    viewModel.accept();
    queue.put(viewModel, chemicalDisease("doc3"), predicting("causes"));
    executor.runAll();

    assertThat(store.current()).containsOnlyKeys("doc1|T1|T2");
    assertThat(queue.calls).isEmpty();
    assertThat(viewModel.pairTitleProperty().get()).startsWith("E1 Paclitaxel");
    assertThat(viewModel.currentDecisionProperty().get()).isEqualTo("not decided yet");
  }

  @Test
  void aSlowReadForAPairNoLongerShownIsIgnored() throws Exception {
    store.record(
        DecisionDraft.labelled(
            "doc1|T1|T2", "bob", "none", "treats", 0.8, null, "", START, Duration.ZERO));
    QueuedTaskExecutor executor = new QueuedTaskExecutor();
    viewModel = newViewModel(executor);
    queue.put(viewModel, chemicalDisease("doc1"), predicting("treats"));
    queue.put(viewModel, chemicalDisease("doc2"), predicting("treats"));

    executor.runLatestFirst();

    assertThat(viewModel.currentDecisionProperty().get()).isEqualTo("not decided yet");
    queue.put(viewModel, chemicalDisease("doc1"), predicting("treats"));
    executor.runAll();
    assertThat(viewModel.currentDecisionProperty().get())
        .isEqualTo("rejected → none by bob just now");
  }

  @Test
  void aReadThatStartedBeforeAnUndoCannotHideIt() throws Exception {
    QueuedTaskExecutor executor = new QueuedTaskExecutor();
    viewModel = newViewModel(executor);
    queue.showFirst();
    executor.runAll();
    viewModel.accept();
    executor.runAll();
    queue.revisit("doc1|T1|T2");

    viewModel.undo();
    executor.runAllDeliveringLatestFirst();

    assertThat(store.current()).isEmpty();
    assertThat(viewModel.currentDecisionProperty().get()).isEqualTo("not decided yet");
    assertThat(viewModel.canUndoProperty().get()).isFalse();
    assertThat(viewModel.canRedoProperty().get()).isTrue();
  }

  @Test
  void clearingShowsNoPairAndStillAllowsUndo() throws Exception {
    viewModel.accept();
    viewModel.clear();

    assertThat(viewModel.hasPairProperty().get()).isFalse();
    assertThat(viewModel.canDecideProperty().get()).isFalse();
    assertThat(viewModel.pairTitleProperty().get()).isEqualTo("No pair selected");
    viewModel.accept();
    assertThat(store.log()).hasSize(1);

    viewModel.undo();
    assertThat(queue.calls).containsExactly("next", "revisit doc1|T1|T2");
    assertThat(viewModel.hasPairProperty().get()).isTrue();
  }

  @Test
  void aPredictionForTheShownPairUpdatesTheVerdict() {
    Prediction causes = predicting("causes");

    queue.put(viewModel, queue.pairs.get(0), causes);

    assertThat(viewModel.modelVerdictProperty().get()).isEqualTo("causes · 0.80");
  }
}
