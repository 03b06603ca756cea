package org.relexcurator.ui.document;

import java.util.ArrayDeque;
import java.util.Deque;
import org.relexcurator.task.BackgroundWork;
import org.relexcurator.task.CancelledException;
import org.relexcurator.task.MonitoredRun;
import org.relexcurator.task.RunningTask;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;

/** Holds submitted work until the test runs it, so that tests can overtake slow work. */
final class QueuedTaskExecutor implements TaskExecutor {

  private final Deque<Runnable> queue = new ArrayDeque<>();

  @Override
  public <T> RunningTask submit(String title, BackgroundWork<T> work, TaskCallbacks<T> callbacks) {
    MonitoredRun run = new MonitoredRun(callbacks.onProgress());
    queue.add(
        () -> {
          try {
            run.checkCancelled();
            T result = work.run(run);
            run.finish();
            callbacks.onSuccess().accept(result);
          } catch (CancelledException e) {
            run.finish();
            callbacks.onFailure().accept(e);
          } catch (Exception e) {
            run.finish();
            callbacks.onFailure().accept(e);
          }
        });
    return run;
  }

  /** Runs everything submitted so far and whatever that submits, in order. */
  void runAll() {
    while (!queue.isEmpty()) {
      queue.poll().run();
    }
  }

  @Override
  public void close() {
    queue.clear();
  }
}
