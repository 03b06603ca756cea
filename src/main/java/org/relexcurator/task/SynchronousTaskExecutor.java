package org.relexcurator.task;

/** Runs work immediately on the calling thread; callbacks too. For tests and command-line use. */
public final class SynchronousTaskExecutor implements TaskExecutor {

  @Override
  public <T> RunningTask submit(String title, BackgroundWork<T> work, TaskCallbacks<T> callbacks) {
    MonitoredRun run = new MonitoredRun(callbacks.onProgress());
    try {
      T result = work.run(run);
      run.finish();
      callbacks.onSuccess().accept(result);
    } catch (Exception | Error e) {
      run.finish();
      callbacks.onFailure().accept(e);
    }
    return run;
  }

  @Override
  public void close() {}
}
