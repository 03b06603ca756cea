package org.relexcurator.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import org.relexcurator.task.BackgroundWork;
import org.relexcurator.task.MonitoredRun;
import org.relexcurator.task.RunningTask;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;

/**
 * Runs background work on daemon threads and delivers results and progress on the JavaFX
 * application thread. Progress is coalesced to at most one update per frame-ish interval so that a
 * fast task cannot flood the UI thread.
 */
public final class FxTaskExecutor implements TaskExecutor {

  private static final long PROGRESS_INTERVAL_NANOS = 50_000_000L;

  private final ExecutorService threads;

  public FxTaskExecutor(int threadCount) {
    this.threads =
        Executors.newFixedThreadPool(
            threadCount,
            runnable -> {
              Thread thread = new Thread(runnable, "relex-background");
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  public <T> RunningTask submit(String title, BackgroundWork<T> work, TaskCallbacks<T> callbacks) {
    AtomicLong lastProgress = new AtomicLong();
    MonitoredRun run =
        new MonitoredRun(
            (done, total, message) -> {
              long now = System.nanoTime();
              long last = lastProgress.get();
              if (done >= total
                  || now - last >= PROGRESS_INTERVAL_NANOS
                      && lastProgress.compareAndSet(last, now)) {
                Platform.runLater(() -> callbacks.onProgress().progress(done, total, message));
              }
            });
    try {
      threads.execute(
          () -> {
            try {
              T result = work.run(run);
              run.finish();
              Platform.runLater(() -> callbacks.onSuccess().accept(result));
            } catch (Exception | Error e) {
              run.finish();
              Platform.runLater(() -> callbacks.onFailure().accept(e));
            }
          });
    } catch (RejectedExecutionException closed) {
      // The window is closing and a late event asked for more work: the caller hears that it
      // did not happen, as of any failure, instead of an exception thrown into that event.
      run.finish();
      Platform.runLater(
          () ->
              callbacks
                  .onFailure()
                  .accept(
                      new IllegalStateException(
                          "\"" + title + "\" was not started: the application is closing",
                          closed)));
    }
    return run;
  }

  /**
   * Stops accepting work and waits up to {@code timeout} for the work already submitted, for writes
   * that should not be cut short when the window closes; then closes.
   */
  public void closeAfterPending(java.time.Duration timeout) {
    threads.shutdown();
    try {
      threads.awaitTermination(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    close();
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
