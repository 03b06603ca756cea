package org.relexcurator.task;

/**
 * The monitor and handle of one piece of running work: forwards progress and remembers whether
 * cancellation was asked for. Shared by the executors.
 */
public class MonitoredRun implements TaskMonitor, RunningTask {

  private final ProgressListener listener;
  private volatile boolean cancelled;
  private volatile boolean done;

  public MonitoredRun(ProgressListener listener) {
    this.listener = listener;
  }

  @Override
  public void progress(long done, long total, String message) {
    listener.progress(done, total, message);
  }

  @Override
  public boolean isCancelled() {
    return cancelled;
  }

  @Override
  public void cancel() {
    cancelled = true;
  }

  @Override
  public boolean isDone() {
    return done;
  }

  public void finish() {
    done = true;
  }
}
