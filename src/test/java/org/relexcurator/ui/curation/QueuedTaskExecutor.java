package org.relexcurator.ui.curation;

import java.util.ArrayDeque;
import java.util.Deque;
import org.relexcurator.task.BackgroundWork;
import org.relexcurator.task.MonitoredRun;
import org.relexcurator.task.RunningTask;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;

/** Holds submitted work until the test runs it, to look at the state while work is under way. */
final class QueuedTaskExecutor implements TaskExecutor {

  private record Queued<T>(
      BackgroundWork<T> work, TaskCallbacks<T> callbacks, MonitoredRun monitor) {

    void execute() {
      compute().run();
    }

    /** Does the work now; the callbacks run when the returned delivery runs. */
    Runnable compute() {
      try {
        T result = work.run(monitor);
        monitor.finish();
        return () -> callbacks.onSuccess().accept(result);
      } catch (Exception | Error e) {
        monitor.finish();
        return () -> callbacks.onFailure().accept(e);
      }
    }
  }

  private final Deque<Queued<?>> queue = new ArrayDeque<>();

  @Override
  public <T> RunningTask submit(String title, BackgroundWork<T> work, TaskCallbacks<T> callbacks) {
    MonitoredRun run = new MonitoredRun(callbacks.onProgress());
    queue.add(new Queued<>(work, callbacks, run));
    return run;
  }

  int waiting() {
    return queue.size();
  }

  /** Runs everything queued, including work queued meanwhile, in order. */
  void runAll() {
    while (!queue.isEmpty()) {
      queue.poll().execute();
    }
  }

  /** Runs everything queued, the latest first: as if earlier work had been slower. */
  void runLatestFirst() {
    while (!queue.isEmpty()) {
      queue.pollLast().execute();
    }
  }

  /**
   * Does everything queued in order, then delivers the results latest first: as if the earlier
   * results had been slower to reach the UI thread.
   */
  void runAllDeliveringLatestFirst() {
    Deque<Runnable> deliveries = new ArrayDeque<>();
    while (!queue.isEmpty()) {
      deliveries.push(queue.poll().compute());
    }
    deliveries.forEach(Runnable::run);
  }

  @Override
  public void close() {
    queue.clear();
  }
}
