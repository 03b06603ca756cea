package org.relexcurator.task;

/**
 * What long work needs from whoever started it: a place to report progress and a way to learn that
 * it should stop. Implementations are thread-safe.
 */
public interface TaskMonitor {

  /** A monitor that ignores progress and never cancels, for work that nobody watches. */
  TaskMonitor NONE =
      new TaskMonitor() {
        @Override
        public void progress(long done, long total, String message) {}

        @Override
        public boolean isCancelled() {
          return false;
        }
      };

  void progress(long done, long total, String message);

  boolean isCancelled();

  /** Throws {@link CancelledException} if cancellation was requested. */
  default void checkCancelled() {
    if (isCancelled()) {
      throw new CancelledException();
    }
  }
}
