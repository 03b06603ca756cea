package org.relexcurator.ui;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.relexcurator.inference.ClassificationException;
import org.relexcurator.model.Prediction;
import org.relexcurator.task.TaskMonitor;

/**
 * Scores like {@link TextScoredClassifier} but holds every call whose inputs match a condition
 * until the test releases it, the way a slow model on a CPU would; it remembers whether the held
 * call's monitor was cancelled by then.
 */
public final class BlockingClassifier extends TextScoredClassifier {

  private final Predicate<List<String>> holds;
  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch held = new CountDownLatch(1);
  private volatile boolean heldCallCancelled;

  public BlockingClassifier(boolean testModel, Predicate<List<String>> holds) {
    super(testModel);
    this.holds = holds;
  }

  @Override
  public List<Prediction> classify(List<String> markedSentences, TaskMonitor monitor)
      throws ClassificationException {
    if (holds.test(markedSentences)) {
      held.countDown();
      try {
        if (!release.await(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException("test never released the held call");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      heldCallCancelled = monitor.isCancelled();
    }
    return super.classify(markedSentences, monitor);
  }

  /** Waits until a call is being held. */
  public void awaitHeld() throws InterruptedException {
    if (!held.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("no call was held");
    }
  }

  public void release() {
    release.countDown();
  }

  public boolean heldCallWasCancelled() {
    return heldCallCancelled;
  }
}
