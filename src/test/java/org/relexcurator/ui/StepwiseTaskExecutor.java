package org.relexcurator.ui;

import java.util.ArrayList;
import java.util.List;
import org.relexcurator.task.BackgroundWork;
import org.relexcurator.task.MonitoredRun;
import org.relexcurator.task.RunningTask;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;

/**
 * Holds submitted work until the test runs it, so a test can decide the order in which answers
 * arrive: a late answer to an old request, for instance. Runs on the caller's thread.
 */
public final class StepwiseTaskExecutor implements TaskExecutor {

  /** One piece of submitted work. */
  public final class Pending {
    private final Runnable body;
    private final MonitoredRun run;

    private Pending(Runnable body, MonitoredRun run) {
      this.body = body;
      this.run = run;
    }

    public boolean isCancelled() {
      return run.isCancelled();
    }

    /** Runs the work and delivers its outcome, as a late thread would, cancelled or not. */
    public void complete() {
      pending.remove(this);
      body.run();
    }
  }

  private final List<Pending> pending = new ArrayList<>();

  @Override
  public <T> RunningTask submit(String title, BackgroundWork<T> work, TaskCallbacks<T> callbacks) {
    MonitoredRun run = new MonitoredRun(callbacks.onProgress());
    Pending item =
        new Pending(
            () -> {
              try {
                T result = work.run(run);
                run.finish();
                callbacks.onSuccess().accept(result);
              } catch (Exception | Error e) {
                run.finish();
                callbacks.onFailure().accept(e);
              }
            },
            run);
    pending.add(item);
    return run;
  }

  /** Work submitted and not yet run, oldest first. */
  public List<Pending> pending() {
    return List.copyOf(pending);
  }

  @Override
  public void close() {}
}
