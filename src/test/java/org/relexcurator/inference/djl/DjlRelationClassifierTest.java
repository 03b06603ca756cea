package org.relexcurator.inference.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.ClassificationException;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.SyntheticRelexLabels;
import org.relexcurator.model.Prediction;
import org.relexcurator.task.CancelledException;
import org.relexcurator.task.TaskMonitor;

class DjlRelationClassifierTest {

  static final List<String> SENTENCES =
      List.of(
          "[E1]Paclitaxel[/E1] is a common chemotherapy used for [E2]lung cancer[/E2].",
          "[E1]Aspirin[/E1] reduces [E2]fever[/E2].",
          "Patients given [E1]metformin[/E1] twice daily showed lower rates of [E2]type 2"
              + " diabetes[/E2] progression than those given placebo over four years.",
          "[E2]TP53[/E2] is mutated in [E1]Li-Fraumeni syndrome[/E1].",
          "[E1]IL-6[/E1] induces [E2]CRP[/E2] in hepatocytes.",
          "In mice, [E1]rapamycin[/E1] extended lifespan and delayed [E2]tumour onset[/E2],"
              + " although weight gain was reduced.",
          "[E1]X[/E1] [E2]Y[/E2]");

  static DjlRelationClassifier classifier;

  @TempDir Path dir;

  @BeforeAll
  static void open() throws Exception {
    classifier =
        DjlRelationClassifier.open(
            TestModels.folder(TestModels.TINY).toString(), TestModels.cpu(3));
  }

  @AfterAll
  static void close() {
    classifier.close();
  }

  private static void assertSameLogits(Prediction actual, Prediction expected, double tolerance) {
    double[] a = actual.logits();
    double[] e = expected.logits();
    for (int i = 0; i < e.length; i++) {
      assertThat(a[i]).isCloseTo(e[i], within(tolerance));
    }
  }

  @Test
  void paddedBatchesGiveTheSingleSentenceResultsInInputOrder() throws Exception {
    List<ClassifiedSentence> batched = classifier.classifyWithTokens(SENTENCES, TaskMonitor.NONE);

    assertThat(batched).hasSize(SENTENCES.size());
    for (int i = 0; i < SENTENCES.size(); i++) {
      ClassifiedSentence single =
          classifier.classifyWithTokens(List.of(SENTENCES.get(i)), TaskMonitor.NONE).get(0);
      assertThat(batched.get(i).input()).isEqualTo(single.input());
      assertSameLogits(batched.get(i).prediction(), single.prediction(), 1e-5);
    }
    assertThat(batched.get(1).input().tokens())
        .containsExactly(
            "[CLS]", "[E1]", "aspirin", "[/E1]", "reduces", "[E2]", "fever", "[/E2]", ".", "[SEP]");
  }

  @Test
  void predictionsCarryTheModelsLabelsAndTheDescriptionSaysTestModel() throws Exception {
    Prediction prediction = classifier.classify(SENTENCES.get(0));
    ModelDescription description = classifier.description();

    assertThat(prediction.labels()).isEqualTo(SyntheticRelexLabels.ALL);
    assertThat(description.labels()).isEqualTo(SyntheticRelexLabels.ALL);
    assertThat(description.testModel()).isTrue();
    assertThat(description.device()).isEqualTo("cpu");
    assertThat(description.fingerprint()).matches("[0-9a-f]{64}");
  }

  @Test
  void cancellationStopsBetweenMicroBatches() {
    AtomicLong lastDone = new AtomicLong(-1);
    AtomicBoolean cancelled = new AtomicBoolean();
    TaskMonitor cancelAfterFirstBatch =
        new TaskMonitor() {
          @Override
          public void progress(long done, long total, String message) {
            lastDone.set(done);
            if (done > 0) {
              cancelled.set(true);
            }
          }

          @Override
          public boolean isCancelled() {
            return cancelled.get();
          }
        };

    assertThatThrownBy(() -> classifier.classify(SENTENCES, cancelAfterFirstBatch))
        .isInstanceOf(CancelledException.class);
    assertThat(lastDone).hasValue(3);
  }

  @Test
  void reportsProgressUpToTheTotal() throws Exception {
    List<Long> done = new ArrayList<>();
    classifier.classify(
        SENTENCES,
        new TaskMonitor() {
          @Override
          public void progress(long d, long total, String message) {
            assertThat(total).isEqualTo(SENTENCES.size());
            done.add(d);
          }

          @Override
          public boolean isCancelled() {
            return false;
          }
        });

    assertThat(done).containsExactly(0L, 3L, 6L, 7L);
  }

  @Test
  void sentenceWithoutBothEntitiesIsRejectedWithItsNumber() {
    List<String> input = List.of(SENTENCES.get(0), "[E1]Aspirin[/E1] reduces fever.");

    assertThatThrownBy(() -> classifier.classify(input, TaskMonitor.NONE))
        .isInstanceOf(ClassificationException.class)
        .hasMessage(
            "sentence 2 has no [E2]…[/E2] pair; expected both entities marked:"
                + " [E1]Aspirin[/E1] reduces fever.");
  }

  @Test
  void concurrentCallsAgreeWithSequentialOnes() throws Exception {
    List<Prediction> expected = classifier.classify(SENTENCES, TaskMonitor.NONE);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Callable<List<Prediction>>> calls = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        calls.add(() -> classifier.classify(SENTENCES, TaskMonitor.NONE));
      }
      for (Future<List<Prediction>> result : pool.invokeAll(calls)) {
        List<Prediction> actual = result.get();
        for (int i = 0; i < expected.size(); i++) {
          assertSameLogits(actual.get(i), expected.get(i), 1e-6);
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void batchesLeaveNothingAttachedToTheModel() throws Exception {
    classifier.classify(SENTENCES, TaskMonitor.NONE);
    int held = classifier.arraysHeld();

    for (int i = 0; i < 3; i++) {
      classifier.classify(SENTENCES, TaskMonitor.NONE);
    }

    assertThat(classifier.arraysHeld()).isEqualTo(held);
  }

  @Test
  void longSentenceKeepsBothMarkedEntitiesInItsWindow() throws Exception {
    String filler =
        "the cohort was followed for several years with regular visits and"
            + " questionnaires about diet exercise and medication ";
    String sentence =
        filler + "[E1]tamoxifen[/E1] lowered the risk of [E2]breast cancer[/E2] " + filler + filler;
    try (DjlRelationClassifier short24 =
        DjlRelationClassifier.open(
            TestModels.folder(TestModels.SHORT).toString(), TestModels.cpu(2))) {
      TokenizedSentence input =
          short24.classifyWithTokens(List.of(sentence), TaskMonitor.NONE).get(0).input();

      assertThat(input.windowed()).isTrue();
      assertThat(input.fullLength()).isGreaterThan(60);
      assertThat(input.length()).isEqualTo(24);
      assertThat(input.tokens())
          .containsSubsequence(
              "[CLS]", "[E1]", "tamoxifen", "[/E1]", "[E2]", "breast", "cancer", "[/E2]", "[SEP]");
    }
  }

  @Test
  void entitiesTooFarApartKeepBothMentionsAndLoseTheMiddle() throws Exception {
    String middle =
        "which was reported in a long series of observational studies over many"
            + " decades in several countries with different populations and methods ";
    String sentence =
        "[E1]Smoking[/E1] "
            + middle
            + middle
            + "is a cause of [E2]lung"
            + " cancer[/E2] in adults.";
    try (DjlRelationClassifier short24 =
        DjlRelationClassifier.open(
            TestModels.folder(TestModels.SHORT).toString(), TestModels.cpu(2))) {
      ClassifiedSentence result =
          short24.classifyWithTokens(List.of(sentence), TaskMonitor.NONE).get(0);
      List<String> tokens = result.input().tokens();

      assertThat(tokens).hasSize(24);
      assertThat(tokens.subList(0, 4)).containsExactly("[CLS]", "[E1]", "smoking", "[/E1]");
      // the spare room goes to the tokens next to the cut, not to the sentence's end
      assertThat(tokens.subList(18, 24))
          .containsExactly("of", "[E2]", "lung", "cancer", "[/E2]", "[SEP]");
      assertThat(tokens).doesNotContain("decades", "countries");
    }
  }

  @Test
  void vocabularyFilesAloneTokenizeAndClassifyLikeTokenizerJson() throws Exception {
    Path folder = TestModels.copy(TestModels.TINY, dir.resolve("vocab-only"));
    Files.delete(folder.resolve("tokenizer.json"));
    List<ClassifiedSentence> expected = classifier.classifyWithTokens(SENTENCES, TaskMonitor.NONE);

    try (DjlRelationClassifier fromVocab =
        DjlRelationClassifier.open(folder.toString(), TestModels.cpu(3))) {
      List<ClassifiedSentence> actual = fromVocab.classifyWithTokens(SENTENCES, TaskMonitor.NONE);
      for (int i = 0; i < SENTENCES.size(); i++) {
        assertThat(actual.get(i).input()).isEqualTo(expected.get(i).input());
        assertSameLogits(actual.get(i).prediction(), expected.get(i).prediction(), 0);
      }
    }
  }

  @Test
  void legacyGammaAndBetaNamesLoadTheSameWeights() throws Exception {
    Path folder = TestModels.copy(TestModels.TINY, dir.resolve("legacy"));
    Path weights = folder.resolve("model.safetensors");
    SafetensorsRewrite.header(
        weights, SafetensorsRewrite.rename("LayerNorm.weight", "LayerNorm.gamma"));
    SafetensorsRewrite.header(
        weights, SafetensorsRewrite.rename("LayerNorm.bias", "LayerNorm.beta"));
    Prediction expected = classifier.classify(SENTENCES.get(0));

    try (DjlRelationClassifier legacy =
        DjlRelationClassifier.open(folder.toString(), TestModels.cpu(1))) {
      assertSameLogits(legacy.classify(SENTENCES.get(0)), expected, 0);
      assertThat(legacy.description().fingerprint())
          .isNotEqualTo(classifier.description().fingerprint());
    }
  }

  @Test
  void closedClassifierRefusesWork() throws Exception {
    DjlRelationClassifier closing =
        DjlRelationClassifier.open(
            TestModels.folder(TestModels.TINY).toString(), TestModels.cpu(1));
    closing.close();
    closing.close();

    assertThatThrownBy(() -> closing.classify(SENTENCES.get(0)))
        .isInstanceOf(IllegalStateException.class);
  }
}
