package org.relexcurator.ui.adjudication;

import java.util.ArrayDeque;
import java.util.Deque;
import org.relexcurator.task.BackgroundWork;
import org.relexcurator.task.MonitoredRun;
import org.relexcurator.task.RunningTask;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;

/** Holds submitted work until the test releases it, to see the pane while work is under way. */
final class HeldTaskExecutor implements TaskExecutor {

  private final Deque<Runnable> held = new ArrayDeque<>();

  @Override
  public <T> RunningTask submit(String title, BackgroundWork<T> work, TaskCallbacks<T> callbacks) {
    MonitoredRun run = new MonitoredRun(callbacks.onProgress());
    held.add(
        () -> {
          try {
            T result = work.run(run);
            run.finish();
            callbacks.onSuccess().accept(result);
          } catch (Exception | Error e) {
            run.finish();
            callbacks.onFailure().accept(e);
          }
        });
    return run;
  }

  int waiting() {
    return held.size();
  }

  /** Runs everything held, and what that queues, in order. */
  void runAll() {
    while (!held.isEmpty()) {
      held.poll().run();
    }
  }

  @Override
  public void close() {}
}
