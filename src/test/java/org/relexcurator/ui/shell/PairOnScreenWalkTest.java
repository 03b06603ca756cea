package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DeviceChoice;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.Document;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.ui.StepwiseTaskExecutor;
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.ui.corpus.DocumentEntry;
import org.relexcurator.ui.document.DocumentViewModel;
import org.relexcurator.ui.document.Mention;
import org.relexcurator.ui.document.ShownDocument;
import org.relexcurator.ui.queue.QueueRow;
import org.relexcurator.ui.queue.ReviewQueueViewModel;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13's property: whatever a curator does, in whatever order the background work answers, a
 * stored decision names the pair the deciding pane showed when it was made, and that pane only ever
 * shows the pair on screen — one of the open corpus, the queue's current pair or the one picked in
 * the document shown. A seeded random walk of 500 actions through the window's own objects (open a
 * corpus, pick, swap, clear, decide, undo, redo, filter, switch document, predict all, cancel),
 * where the background work is held and finished in random order, checks both after every step.
 */
@ExtendWith(ApplicationExtension.class)
class PairOnScreenWalkTest {

  private static final long SEED = 20261207L;
  private static final int STEPS = 500;
  private static final Path SAMPLE = Path.of("resources/samples/biored-dev-sample.pubtator");
  private static final Path SECOND =
      Path.of("src/test/resources/org/relexcurator/ui/second-corpus/two-abstracts.pubtator");
  private static final List<Path> CORPORA = List.of(SAMPLE, SECOND);
  private static final List<String> SEARCHES = List.of("", "1451", "9000", "hypo", "cancer", "qq");
  private static final List<KeyCode> DECIDING_KEYS =
      List.of(
          KeyCode.ENTER,
          KeyCode.ENTER,
          KeyCode.N,
          KeyCode.S,
          KeyCode.F,
          KeyCode.DIGIT1,
          KeyCode.DIGIT2,
          KeyCode.DIGIT3);

  @TempDir static Path temp;
  private static Path modelFolder;

  /** Each step is a second later, so a decision's time tells at which step it was made. */
  private static final class StepClock extends Clock {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    int step;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return START.plusSeconds(step);
    }
  }

  private final Preferences preferences =
      Preferences.userRoot().node("org/relexcurator/test-" + UUID.randomUUID());
  private final StepwiseTaskExecutor work = new StepwiseTaskExecutor();
  private final FxTaskExecutor modelLoading = new FxTaskExecutor(1);
  private final InMemoryCurationStore store = new InMemoryCurationStore();
  private final StepClock clock = new StepClock();
  private final Random random = new Random(SEED);
  private final List<String> steps = new ArrayList<>();

  /** The key of the pair the pane showed at each step, for the decisions made then. */
  private final Map<Integer, String> paneShowed = new HashMap<>();

  private MainViewModel window;
  private ModelViewModel model;
  private CorpusViewModel corpus;
  private ReviewWorkspace workspace;
  private PreparedCorpus corpusChecked;
  private int decisionsChecked;
  private Stage stage;

  @BeforeAll
  static void makeModel() throws IOException {
    modelFolder = temp.resolve("model");
    TestModelMaker.write(modelFolder, TestModelMaker.Spec.SMALL);
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);
    window = new MainViewModel(work, preparation, new RecentFiles(preferences));
    model =
        new ModelViewModel(modelLoading, new ClassifierSettings(DeviceChoice.CPU, 8, 1), "unused");
    corpus = new CorpusViewModel();
    workspace = new ReviewWorkspace(work, work, preparation, store, "alice", clock, corpus, model);
    new MainWindow(window, model, corpus, workspace, List.of(SAMPLE)).show(stage);
    model.load(modelFolder.toString());
  }

  @AfterEach
  void cleanUp() throws Exception {
    modelLoading.close();
    model.close();
    preferences.removeNode();
  }

  @Test
  void everyStoredDecisionNamesThePairThePaneShowedThroughoutARandomWalk() throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.classifierProperty().get() != null);
    for (int step = 1; step <= STEPS; step++) {
      int now = step;
      String done = onFxThread(() -> step(now));
      if (done.endsWith("frames")) {
        // Lets the frames pass after which the window shows a new corpus's list and document.
        Thread.sleep(60);
      }
    }
    onFxThread(
        () -> {
          finishAllWork();
          check();
          return "finish all work";
        });
    // The walk must have exercised what it checks.
    assertThat(store.log().stream().filter(d -> d.action() == DecisionAction.ACCEPTED))
        .isNotEmpty();
    assertThat(decisionsChecked).isGreaterThan(20);
  }

  /**
   * Runs a step on the JavaFX thread; a failed check fails the test with the seed and the steps
   * that led there.
   */
  private String onFxThread(Callable<String> step) throws Exception {
    Object outcome =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  try {
                    return step.call();
                  } catch (AssertionError | RuntimeException e) {
                    return e;
                  }
                })
            .get();
    if (outcome instanceof Throwable failure) {
      throw new AssertionError(
          "Random walk with seed "
              + SEED
              + " failed; its last steps:\n"
              + String.join("\n", steps.subList(Math.max(0, steps.size() - 30), steps.size())),
          failure);
    }
    return (String) outcome;
  }

  private String step(int number) {
    clock.step = number;
    paneShowed.put(number, keyOf(workspace.curation().shownPair()));
    PreparedCorpus before = window.corpusProperty().get();
    String action = act();
    PreparedCorpus after = window.corpusProperty().get();
    steps.add(
        number
            + ": "
            + action
            + (after != before ? " (" + after.source() + " arrives)" : "")
            + " | pane shows "
            + keyOf(workspace.curation().shownPair())
            + ", queue "
            + keyOf(workspace.queue().currentPairProperty().get())
            + ", picked "
            + (workspace.document().pickedPairProperty().get() == null
                ? null
                : keyOf(workspace.document().pickedPairProperty().get().pair()))
            + ", "
            + work.pending().size()
            + " pieces of work held");
    check();
    return steps.get(steps.size() - 1);
  }

  private static String keyOf(CandidatePair pair) {
    return pair == null ? null : pair.key();
  }

  /** One random action of a curator, or of the background work; says what it did. */
  private String act() {
    int roll = random.nextInt(100);
    DocumentViewModel document = workspace.document();
    ReviewQueueViewModel queue = workspace.queue();
    if (roll < 3) {
      Path file = CORPORA.get(random.nextInt(CORPORA.size()));
      window.open(file);
      return "open " + file.getFileName();
    } else if (roll < 13) {
      document.clear();
      return "pick " + click(document) + " and " + click(document);
    } else if (roll < 16) {
      return "click " + click(document);
    } else if (roll < 19) {
      document.swap();
      return "swap";
    } else if (roll < 21) {
      document.clear();
      return "clear the pickers";
    } else if (roll < 39) {
      KeyCode key = DECIDING_KEYS.get(random.nextInt(DECIDING_KEYS.size()));
      press(key, false);
      return "press " + key;
    } else if (roll < 43) {
      press(KeyCode.Z, true);
      return "undo";
    } else if (roll < 46) {
      press(KeyCode.Y, true);
      return "redo";
    } else if (roll < 49) {
      String search = SEARCHES.get(random.nextInt(SEARCHES.size()));
      corpus.searchProperty().set(search);
      return "search documents '" + search + "'";
    } else if (roll < 52) {
      String search = SEARCHES.get(random.nextInt(SEARCHES.size()));
      queue.filters().textProperty().set(search);
      queue
          .filters()
          .statusFilterProperty()
          .set(
              queue
                  .filters()
                  .statusChoices()
                  .get(random.nextInt(queue.filters().statusChoices().size())));
      return "filter the queue '" + search + "', " + queue.filters().statusFilterProperty().get();
    } else if (roll < 57) {
      List<DocumentEntry> entries = corpus.visibleEntries();
      if (entries.isEmpty()) {
        return "switch document (none listed)";
      }
      DocumentEntry entry = entries.get(random.nextInt(entries.size()));
      corpus.selectedProperty().set(entry);
      return "switch to document " + entry.id();
    } else if (roll < 65) {
      List<QueueRow> rows = queue.visibleRows();
      if (random.nextBoolean() || rows.isEmpty()) {
        return "next pair: " + queue.nextPair();
      }
      QueueRow row = rows.get(random.nextInt(rows.size()));
      queue.select(row);
      return "select queue row " + row.key();
    } else if (roll < 67) {
      queue.predictAll();
      return "predict all";
    } else if (roll < 69) {
      if (random.nextBoolean()) {
        queue.cancelPredictAll();
        return "cancel predict all";
      }
      window.cancel();
      return "cancel opening";
    } else if (roll < 75) {
      return "frames";
    }
    return finishSomeWork();
  }

  /** Clicks a random mention of the document shown, as a curator picks E1 and E2. */
  private String click(DocumentViewModel document) {
    ShownDocument shown = document.shownDocumentProperty().get();
    if (shown == null || shown.mentions().isEmpty()) {
      return "nothing (no document)";
    }
    Mention mention = shown.mentions().get(random.nextInt(shown.mentions().size()));
    document.clickAt(mention.displayStart());
    return mention.entity().id() + " in " + shown.document().id();
  }

  /**
   * Finishes up to three pieces of held work, picked at random, so that answers come in any order;
   * now and then all of it, as when the curator waits for the window to settle.
   */
  private String finishSomeWork() {
    if (random.nextInt(4) == 0) {
      finishAllWork();
      return "finish all background work";
    }
    int count = 1 + random.nextInt(3);
    int done = 0;
    for (int i = 0; i < count; i++) {
      List<StepwiseTaskExecutor.Pending> pending = work.pending();
      if (pending.isEmpty()) {
        break;
      }
      pending.get(random.nextInt(pending.size())).complete();
      done++;
    }
    return "finish " + done + " pieces of background work";
  }

  private void finishAllWork() {
    for (int i = 0; i < 10_000 && !work.pending().isEmpty(); i++) {
      work.pending().get(0).complete();
    }
  }

  /** A key pressed in the window: the scene's bindings take it wherever the focus is. */
  private void press(KeyCode key, boolean control) {
    Event.fireEvent(
        stage.getScene(),
        new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, control, false, false));
  }

  /** The two properties, after a step. */
  private void check() {
    checkPaneShowsThePairOnScreen();
    checkNewDecisions();
    checkANewCorpusStartsUnfiltered();
  }

  private void checkPaneShowsThePairOnScreen() {
    CandidatePair pane = workspace.curation().shownPair();
    if (pane == null) {
      assertThat(workspace.curation().canDecideProperty().get()).isFalse();
      assertThat(workspace.curation().canAcceptProperty().get()).isFalse();
      return;
    }
    PreparedCorpus open = window.corpusProperty().get();
    assertThat(open).as("a corpus is open while the pane shows %s", pane.key()).isNotNull();
    assertThat(hasPair(open, pane))
        .as("pane's pair %s belongs to the open corpus %s", pane.key(), open.source())
        .isTrue();
    CandidatePair queuePair = workspace.queue().currentPairProperty().get();
    ShownDocument shown = workspace.document().shownDocumentProperty().get();
    boolean queues = pane.equals(queuePair);
    boolean picked =
        workspace.document().pickedPairProperty().get() != null
            && workspace.document().pickedPairProperty().get().pair().key().equals(pane.key())
            && shown != null
            && shown.document().id().equals(pane.documentId());
    assertThat(queues || picked)
        .as(
            "pane's pair %s is the queue's (%s) or the one picked in the document shown",
            pane.key(), queuePair == null ? null : queuePair.key())
        .isTrue();
  }

  private static boolean hasPair(PreparedCorpus corpus, CandidatePair pair) {
    for (Document document : corpus.documents()) {
      if (document.id().equals(pair.documentId())
          && document.entities().contains(pair.first())
          && document.entities().contains(pair.second())) {
        return true;
      }
    }
    return false;
  }

  /** Each decision (not an undo or redo entry) names the pair the pane showed at its step. */
  private void checkNewDecisions() {
    List<Decision> log;
    try {
      log = store.log();
    } catch (CurationStoreException e) {
      throw new IllegalStateException(e);
    }
    for (Decision decision : log.subList(decisionsChecked, log.size())) {
      if (decision.action() != DecisionAction.UNDONE
          && decision.action() != DecisionAction.REDONE) {
        int step = (int) (decision.time().getEpochSecond() - StepClock.START.getEpochSecond());
        assertThat(decision.pairKey())
            .as("decision made at step %d", step)
            .isEqualTo(paneShowed.get(step));
      }
    }
    decisionsChecked = log.size();
  }

  /** When a newly opened corpus arrives, nothing searched or filtered for the last one stays. */
  private void checkANewCorpusStartsUnfiltered() {
    PreparedCorpus open = window.corpusProperty().get();
    // Opening a file again that reads the same gives an equal corpus, which the window takes as no
    // change at all.
    if (!Objects.equals(open, corpusChecked) && open != null) {
      assertThat(corpus.searchProperty().get()).as("document search").isEmpty();
      assertThat(workspace.queue().filters().textProperty().get()).as("queue search").isEmpty();
      assertThat(workspace.queue().filters().statusFilterProperty().get().isAny())
          .as("queue status filter lets all through")
          .isTrue();
    }
    corpusChecked = open;
  }
}
