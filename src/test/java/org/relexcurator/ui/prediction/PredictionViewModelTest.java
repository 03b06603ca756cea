package org.relexcurator.ui.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.inference.ClassificationException;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.RelationSpecs;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Prediction;
import org.relexcurator.model.Sentence;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.task.SynchronousTaskExecutor;
import org.relexcurator.task.TaskExecutor;
import org.relexcurator.task.TaskMonitor;
import org.relexcurator.ui.StepwiseTaskExecutor;
import org.relexcurator.ui.TestPairs;
import org.relexcurator.ui.TextScoredClassifier;
import org.relexcurator.ui.prediction.LabelScore.LabelFit;
import org.relexcurator.ui.prediction.SentencePiece.Role;

class PredictionViewModelTest {

  private static final String FORWARD =
      "[E1]Aspirin[/E1] relieves [E2]headache[/E2] but may cause nausea.";
  private static final String REVERSE =
      "[E2]Aspirin[/E2] relieves [E1]headache[/E1] but may cause nausea.";

  private final TextScoredClassifier classifier = new TextScoredClassifier(false);

  private static PredictionViewModel viewModel(TaskExecutor executor) {
    return new PredictionViewModel(
        executor,
        CorpusPreparation.standard(MarkerMode.EXACT),
        RelationSpecs.bundled(),
        EntityTypeMapping.bundled());
  }

  private PredictionViewModel scoring(TaskExecutor executor) {
    PredictionViewModel viewModel = viewModel(executor);
    viewModel.classifierProperty().set(classifier);
    return viewModel;
  }

  @Test
  void withoutAPairThePanelInvitesTheCuratorToPickOne() {
    PredictionViewModel viewModel = scoring(new SynchronousTaskExecutor());

    assertThat(viewModel.stateProperty().get()).isEqualTo(PredictionState.NO_PAIR);
    assertThat(viewModel.messageProperty().get()).contains("Select a candidate pair");
    assertThat(viewModel.labelScores()).isEmpty();
  }

  @Test
  void aPairIsScoredWithItsReverseDirectionInOneCall() {
    PredictionViewModel viewModel = scoring(new SynchronousTaskExecutor());

    viewModel.show(TestPairs.DOCUMENT, TestPairs.pair("T1", "T2"));

    assertThat(classifier.calls()).containsExactly(List.of(FORWARD, REVERSE));
    Prediction forward = TextScoredClassifier.predict(FORWARD);
    Prediction reverse = TextScoredClassifier.predict(REVERSE);
    assertThat(viewModel.stateProperty().get()).isEqualTo(PredictionState.RESULT);
    assertThat(viewModel.topLabelProperty().get()).isEqualTo(forward.topLabel());
    assertThat(viewModel.topScoreProperty().get())
        .isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", forward.topScore()));
    assertThat(viewModel.reverseSummaryProperty().get())
        .startsWith("Reverse, E2 → E1: " + reverse.topLabel() + " ");
    assertThat(viewModel.resultProperty().get().forward()).isEqualTo(forward);
    assertThat(viewModel.resultProperty().get().reverse()).isEqualTo(reverse);
    assertThat(viewModel.directionProperty().get())
        .isEqualTo("E1 Aspirin (Chemical) → E2 headache (Disease)");
  }

  @Test
  void everyLabelGetsABarInModelOrderAndTheSpecsOfTheTypePairAreMarked() {
    PredictionViewModel viewModel = scoring(new SynchronousTaskExecutor());

    viewModel.show(TestPairs.DOCUMENT, TestPairs.pair("T1", "T2"));

    assertThat(viewModel.labelScores())
        .extracting(LabelScore::label)
        .containsExactlyElementsOf(TextScoredClassifier.LABELS);
    assertThat(viewModel.labelScores())
        .filteredOn(s -> s.fit() == LabelFit.LISTED)
        .extracting(LabelScore::label)
        .containsExactlyInAnyOrder("causes", "none", "prevents", "treats");
    assertThat(viewModel.labelScores())
        .filteredOn(LabelScore::top)
        .singleElement()
        .extracting(LabelScore::label)
        .isEqualTo(TextScoredClassifier.predict(FORWARD).topLabel());
    assertThat(viewModel.labelScores().stream().mapToDouble(LabelScore::score).sum())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(viewModel.specsNoteProperty().get()).contains("Chemical → Disease");
    boolean topListed =
        List.of("causes", "none", "prevents", "treats")
            .contains(viewModel.topLabelProperty().get());
    assertThat(viewModel.topNoteProperty().get())
        .isEqualTo(topListed ? "" : "not listed for Chemical → Disease");
  }

  @Test
  void aTypePairWithoutSpecsSinglesOutNoLabelAndTheReverseSaysSo() {
    PredictionViewModel viewModel = scoring(new SynchronousTaskExecutor());

    viewModel.show(TestPairs.DOCUMENT, TestPairs.pair("T2", "T1"));

    assertThat(viewModel.labelScores()).extracting(LabelScore::fit).containsOnly(LabelFit.NO_SPECS);
    assertThat(viewModel.specsNoteProperty().get())
        .isEqualTo("The relation specs list no labels for Disease → Chemical.");
    // The reverse of Disease → Chemical is Aspirin → headache, the FORWARD sentence.
    Prediction reverse = TextScoredClassifier.predict(FORWARD);
    boolean listed = List.of("treats", "causes", "prevents", "none").contains(reverse.topLabel());
    assertThat(viewModel.reverseSummaryProperty().get())
        .isEqualTo(
            "Reverse, E2 → E1: "
                + reverse.topLabel()
                + " "
                + String.format(java.util.Locale.ROOT, "%.3f", reverse.topScore())
                + (listed ? "" : " (not listed for Chemical → Disease)"));
  }

  @Test
  void theModelInputIsShownInPiecesThatJoinToExactlyWhatTheModelRead() {
    PredictionViewModel viewModel = scoring(new SynchronousTaskExecutor());

    viewModel.show(TestPairs.DOCUMENT, TestPairs.pair("T1", "T2"));

    List<SentencePiece> pieces = viewModel.sentenceProperty().get();
    assertThat(String.join("", pieces.stream().map(SentencePiece::text).toList()))
        .isEqualTo(FORWARD);
    assertThat(pieces)
        .containsExactly(
            new SentencePiece("[E1]", Role.E1_MARKER),
            new SentencePiece("Aspirin", Role.E1),
            new SentencePiece("[/E1]", Role.E1_MARKER),
            new SentencePiece(" relieves ", Role.TEXT),
            new SentencePiece("[E2]", Role.E2_MARKER),
            new SentencePiece("headache", Role.E2),
            new SentencePiece("[/E2]", Role.E2_MARKER),
            new SentencePiece(" but may cause nausea.", Role.TEXT));
  }

  @Test
  void aNewerPairCancelsTheOlderRequestAndItsLateAnswerIsDropped() {
    StepwiseTaskExecutor executor = new StepwiseTaskExecutor();
    PredictionViewModel viewModel = scoring(executor);
    CandidatePair older = TestPairs.pair("T1", "T2");
    CandidatePair newer = TestPairs.pair("T1", "T3");

    viewModel.show(TestPairs.DOCUMENT, older);
    viewModel.show(TestPairs.DOCUMENT, newer);
    List<StepwiseTaskExecutor.Pending> requests = executor.pending();

    assertThat(requests).hasSize(2);
    assertThat(requests.get(0).isCancelled()).isTrue();
    assertThat(requests.get(1).isCancelled()).isFalse();
    assertThat(viewModel.stateProperty().get()).isEqualTo(PredictionState.SCORING);

    requests.get(0).complete();
    assertThat(viewModel.stateProperty().get()).isEqualTo(PredictionState.SCORING);
    assertThat(viewModel.labelScores()).isEmpty();
    assertThat(viewModel.resultProperty().get()).isNull();

    requests.get(1).complete();
    assertThat(viewModel.resultProperty().get().pair()).isEqualTo(newer);
    String newerInput = "[E1]Aspirin[/E1] relieves headache but may cause [E2]nausea[/E2].";
    assertThat(viewModel.topLabelProperty().get())
        .isEqualTo(TextScoredClassifier.predict(newerInput).topLabel());
  }

  @Test
  void anAnswerArrivingAfterTheNewerOneDoesNotReplaceIt() {
    StepwiseTaskExecutor executor = new StepwiseTaskExecutor();
    PredictionViewModel viewModel = scoring(executor);
    CandidatePair newer = TestPairs.pair("T2", "T3");

    viewModel.show(TestPairs.DOCUMENT, TestPairs.pair("T1", "T2"));
    viewModel.show(TestPairs.DOCUMENT, newer);
    List<StepwiseTaskExecutor.Pending> requests = executor.pending();
    requests.get(1).complete();
    String shown = viewModel.topLabelProperty().get();
    requests.get(0).complete();

    assertThat(viewModel.resultProperty().get().pair()).isEqualTo(newer);
    assertThat(viewModel.topLabelProperty().get()).isEqualTo(shown);
    assertThat(viewModel.stateProperty().get()).isEqualTo(PredictionState.RESULT);
  }

  @Test
  void clearingCancelsScoringAndShowsNoPair() {
    StepwiseTaskExecutor executor = new StepwiseTaskExecutor();
    PredictionViewModel viewModel = scoring(executor);

    viewModel.show(TestPairs.DOCUMENT, TestPairs.pair("T1", "T2"));
    viewModel.clear();
    executor.pending().get(0).complete();

    assertThat(executor.pending()).isEmpty();
    assertThat(viewModel.stateProperty().get()).isEqualTo(PredictionState.NO_PAIR);
    assertThat(viewModel.sentenceProperty().get()).isEmpty();
    assertThat(viewModel.labelScores()).isEmpty();
  }

  @Test
  void aModelErrorShowsItsMessageKeepsTheDetailsAndCanBeRetried() {
    FailingOnceClassifier failing = new FailingOnceClassifier();
    PredictionViewModel viewModel = viewModel(new SynchronousTaskExecutor());
    viewModel.classifierProperty().set(failing);

    viewModel.show(TestPairs.DOCUMENT, TestPairs.pair("T1", "T2"));

    assertThat(viewModel.stateProperty().get()).isEqualTo(PredictionState.ERROR);
    assertThat(viewModel.messageProperty().get()).isEqualTo("sentence 1 is too long");
    assertThat(viewModel.errorDetailsProperty().get())
        .contains("ClassificationException", "FailingOnceClassifier.classify");
    assertThat(viewModel.labelScores()).isEmpty();

    viewModel.retry();

    assertThat(viewModel.stateProperty().get()).isEqualTo(PredictionState.RESULT);
    assertThat(viewModel.errorDetailsProperty().get()).isEmpty();
  }

  @Test
  void aMentionOutsideItsSentenceIsAnErrorNotACrash() {
    PredictionViewModel viewModel = scoring(new SynchronousTaskExecutor());
    CandidatePair bad =
        new CandidatePair(
            "doc1",
            Sentence.of(0, 16),
            TestPairs.DOCUMENT.entity("T1").orElseThrow(),
            TestPairs.DOCUMENT.entity("T3").orElseThrow(),
            false);

    viewModel.show(TestPairs.DOCUMENT, bad);

    assertThat(viewModel.stateProperty().get()).isEqualTo(PredictionState.ERROR);
    assertThat(viewModel.messageProperty().get()).contains("T3", "outside");
    assertThat(classifier.calls()).isEmpty();
  }

  @Test
  void withoutAModelTheInputShowsAndLoadingOneScoresThePair() {
    PredictionViewModel viewModel = viewModel(new SynchronousTaskExecutor());

    viewModel.show(TestPairs.DOCUMENT, TestPairs.pair("T1", "T2"));

    assertThat(viewModel.stateProperty().get()).isEqualTo(PredictionState.NO_MODEL);
    assertThat(viewModel.sentenceProperty().get()).isNotEmpty();
    assertThat(viewModel.modelProperty().get()).isEqualTo("No model loaded");

    viewModel.classifierProperty().set(classifier);

    assertThat(viewModel.stateProperty().get()).isEqualTo(PredictionState.RESULT);
    assertThat(viewModel.modelProperty().get()).isEqualTo("text-scored on cpu");
  }

  @Test
  void aTestModelIsFlaggedSoTheViewCanWarn() {
    PredictionViewModel viewModel = viewModel(new SynchronousTaskExecutor());

    viewModel.classifierProperty().set(classifier);
    assertThat(viewModel.testModelProperty().get()).isFalse();
    viewModel.classifierProperty().set(new TextScoredClassifier(true));

    assertThat(viewModel.testModelProperty().get()).isTrue();
  }

  /** Fails its first call the way the real engine reports an input it cannot take. */
  private static final class FailingOnceClassifier extends TextScoredClassifier {
    private boolean failed;

    FailingOnceClassifier() {
      super(false);
    }

    @Override
    public List<Prediction> classify(List<String> sentences, TaskMonitor monitor)
        throws ClassificationException {
      if (!failed) {
        failed = true;
        throw new ClassificationException("sentence 1 is too long");
      }
      return super.classify(sentences, monitor);
    }
  }
}
