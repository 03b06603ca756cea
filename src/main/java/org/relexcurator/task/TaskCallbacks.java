package org.relexcurator.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What happens when background work reports: each callback runs on the executor's result thread
 * (the JavaFX application thread for the desktop app, the caller's thread in tests).
 *
 * @param onSuccess the work's result
 * @param onFailure any exception the work threw, {@link CancelledException} included
 * @param onProgress progress reports, at most a few per second
 */
public record TaskCallbacks<T>(
    Consumer<? super T> onSuccess, Consumer<Throwable> onFailure, ProgressListener onProgress) {

  public TaskCallbacks {
    Objects.requireNonNull(onSuccess, "onSuccess");
    Objects.requireNonNull(onFailure, "onFailure");
    onProgress = onProgress == null ? ProgressListener.IGNORE : onProgress;
  }

  public static <T> TaskCallbacks<T> of(
      Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    return new TaskCallbacks<>(onSuccess, onFailure, ProgressListener.IGNORE);
  }
}
