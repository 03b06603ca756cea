package org.relexcurator.ui.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.relexcurator.TestData;
import org.relexcurator.inference.CandidateGenerator;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.RelationSpecs;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.ui.task.FxTaskExecutor;

/**
 * Measures how long the JavaFX thread is busy when the document view opens a document; not a test.
 * It opens a small abstract and then the given full text, several times, and prints per round: the
 * background preparation (off the UI thread), the time the view spends swapping the prepared text
 * in, the first CSS + layout pulse after it, and the longest the UI thread left a 1 ms heartbeat
 * waiting from the request until half a second after the document appeared; then the longest wait
 * while two mentions in view are clicked (emphasis only) and while a pair deep in the text is
 * picked from outside (emphasis and scroll). The heartbeat's longest wait while idle comes first,
 * for comparison; the median and maximum over the rounds after the first (JIT warm-up) come last.
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *   -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *   org.relexcurator.ui.document.DocumentViewTiming testdata/teamtat-bioc/3757249_v0.xml
 * </pre>
 *
 * Leave out the three -D options to measure on a real display.
 */
public final class DocumentViewTiming {

  private static final int ROUNDS = 10;

  private final Stage stage;
  private final DocumentViewModel model;
  private final AtomicLong swapStart = new AtomicLong();
  private final AtomicLong swapEnd = new AtomicLong();
  private final AtomicLong pulseStart = new AtomicLong();
  private final AtomicLong pulseNanos = new AtomicLong(-1);
  private final AtomicLong longestWait = new AtomicLong();
  private volatile CountDownLatch shown = new CountDownLatch(1);

  private DocumentViewTiming(Stage stage, DocumentViewModel model) {
    this.stage = stage;
    this.model = model;
  }

  public static void main(String[] args) throws Exception {
    Path fullTextFile =
        args.length > 0 ? Path.of(args[0]) : TestData.path("teamtat-bioc/3757249_v0.xml");
    Document fullText = FormatRegistry.standard().read(fullTextFile).documents().get(0);
    Document small =
        FormatRegistry.standard().read(RealDocumentsLayoutTest.BIORED_SAMPLE).documents().get(0);
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    FxTaskExecutor executor = new FxTaskExecutor(1);
    DocumentViewTiming timing = onFx(() -> build(executor));
    Thread heartbeat = timing.startHeartbeat();

    System.out.printf(
        "%s: %d passages, %d mentions, %d characters%n",
        fullTextFile,
        fullText.passages().size(),
        fullText.entities().size(),
        fullText.text().length());
    timing.longestWait.set(0);
    Thread.sleep(1000);
    System.out.printf(
        Locale.ROOT, "idle: longest UI wait %.1f ms over 1 s%n", millis(timing.longestWait.get()));
    System.out.println(
        "round  prepare(bg) ms  swap(UI) ms  first pulse(UI) ms"
            + "  longest UI wait ms  click pair, wait ms  far pair, wait ms");
    List<double[]> warm = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      timing.open(small);
      long requested = System.nanoTime();
      long prepared = timing.open(fullText);
      double[] row = {
        millis(prepared - requested),
        millis(timing.swapEnd.get() - timing.swapStart.get()),
        millis(timing.pulseNanos.get()),
        millis(timing.longestWait.get()),
        millis(timing.clickPairInView()),
        millis(timing.pickDeepPair())
      };
      System.out.printf(
          Locale.ROOT,
          "%5d  %14.1f  %11.1f  %18.1f  %18.1f  %18.1f  %18.1f%n",
          round,
          row[0],
          row[1],
          row[2],
          row[3],
          row[4],
          row[5]);
      if (round > 1) {
        warm.add(row);
      }
    }
    printSummary("median", warm, 0.5);
    printSummary("max", warm, 1.0);
    heartbeat.interrupt();
    executor.close();
    Platform.exit();
  }

  private static DocumentViewTiming build(FxTaskExecutor executor) {
    DocumentViewModel model = DocumentViewModel.standard(executor);
    Stage stage = new Stage();
    DocumentViewTiming timing = new DocumentViewTiming(stage, model);
    // Listeners run in the order they were added: these two bracket the view's own.
    model
        .shownDocumentProperty()
        .addListener((o, old, now) -> timing.swapStart.set(System.nanoTime()));
    DocumentView view = new DocumentView(model);
    model
        .shownDocumentProperty()
        .addListener(
            (o, old, now) -> {
              timing.swapEnd.set(System.nanoTime());
              timing.pulseNanos.set(-1);
              timing.pulseStart.set(0);
              timing.shown.countDown();
            });
    Scene scene = new Scene((Parent) view.node(), 1100, 720);
    scene.addPreLayoutPulseListener(
        () -> {
          if (timing.pulseNanos.get() < 0 && timing.pulseStart.get() == 0) {
            timing.pulseStart.set(System.nanoTime());
          }
        });
    scene.addPostLayoutPulseListener(
        () -> {
          if (timing.pulseNanos.get() < 0 && timing.pulseStart.get() != 0) {
            timing.pulseNanos.set(System.nanoTime() - timing.pulseStart.get());
          }
        });
    stage.setScene(scene);
    stage.show();
    return timing;
  }

  /** Shows a document and waits until it has been shown and laid out; returns when it appeared. */
  private long open(Document document) throws Exception {
    shown = new CountDownLatch(1);
    longestWait.set(0);
    onFx(
        () -> {
          model.show(document);
          return null;
        });
    if (!shown.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("document " + document.id() + " never appeared");
    }
    long appeared = swapStart.get();
    Thread.sleep(500);
    return appeared;
  }

  /** Clicks the first two mentions, at the top of the text; returns the longest UI wait. */
  private long clickPairInView() throws Exception {
    List<Mention> mentions = model.shownDocumentProperty().get().mentions();
    longestWait.set(0);
    onFx(
        () -> {
          model.clickAt(mentions.get(0).displayStart());
          model.clickAt(mentions.get(1).displayStart());
          return null;
        });
    Thread.sleep(300);
    return longestWait.get();
  }

  /** Picks the last generated pair of the shown document; returns the longest UI wait. */
  private long pickDeepPair() throws Exception {
    ShownDocument document = model.shownDocumentProperty().get();
    List<CandidatePair> pairs =
        new CandidateGenerator(RelationSpecs.bundled(), EntityTypeMapping.bundled())
            .generate("timing", document.document(), MarkerMode.EXACT)
            .pairs();
    CandidatePair deep = pairs.get(pairs.size() - 1);
    longestWait.set(0);
    onFx(
        () -> {
          model.showPair(deep);
          return null;
        });
    Thread.sleep(300);
    return longestWait.get();
  }

  /** Posts a task to the UI thread every millisecond and remembers the longest wait. */
  private Thread startHeartbeat() {
    Thread thread =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                long posted = System.nanoTime();
                CountDownLatch ran = new CountDownLatch(1);
                Platform.runLater(
                    () -> {
                      longestWait.accumulateAndGet(System.nanoTime() - posted, Math::max);
                      ran.countDown();
                    });
                try {
                  ran.await();
                  Thread.sleep(1);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "ui-heartbeat");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private interface FxCall<T> {
    T call() throws Exception;
  }

  private static <T> T onFx(FxCall<T> call) throws Exception {
    List<T> result = new ArrayList<>(1);
    List<Exception> failure = new ArrayList<>(1);
    CountDownLatch done = new CountDownLatch(1);
    Platform.runLater(
        () -> {
          try {
            result.add(call.call());
          } catch (Exception e) {
            failure.add(e);
          } finally {
            done.countDown();
          }
        });
    done.await();
    if (!failure.isEmpty()) {
      throw failure.get(0);
    }
    return result.get(0);
  }

  /** A quantile of each column over the rounds after the first (which warms the JIT up). */
  private static void printSummary(String name, List<double[]> rows, double quantile) {
    double[] summary = new double[rows.get(0).length];
    for (int column = 0; column < summary.length; column++) {
      int c = column;
      double[] values = rows.stream().mapToDouble(r -> r[c]).sorted().toArray();
      summary[column] = values[(int) Math.round(quantile * (values.length - 1))];
    }
    System.out.printf(
        Locale.ROOT,
        "%6s %14.1f  %11.1f  %18.1f  %18.1f  %18.1f  %18.1f%n",
        name,
        summary[0],
        summary[1],
        summary[2],
        summary[3],
        summary[4],
        summary[5]);
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
