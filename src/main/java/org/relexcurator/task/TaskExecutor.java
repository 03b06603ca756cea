package org.relexcurator.task;

/**
 * Runs background work and delivers its results. The desktop app uses an executor whose callbacks
 * run on the JavaFX application thread; tests use {@link SynchronousTaskExecutor}, which runs
 * everything at once on the caller's thread so that view-models can be tested without a toolkit.
 */
public interface TaskExecutor extends AutoCloseable {

  <T> RunningTask submit(String title, BackgroundWork<T> work, TaskCallbacks<T> callbacks);

  /** Stops accepting work and cancels what is running. */
  @Override
  void close();
}
