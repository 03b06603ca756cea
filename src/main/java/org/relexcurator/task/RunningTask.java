package org.relexcurator.task;

/** A handle on submitted background work. */
public interface RunningTask {

  /** Asks the work to stop; it stops at its next cancellation check. */
  void cancel();

  boolean isCancelled();

  boolean isDone();
}
