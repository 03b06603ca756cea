package org.relexcurator.ui.queue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.relexcurator.inference.RelationClassifier;
import org.relexcurator.model.Prediction;
import org.relexcurator.task.CancelledException;
import org.relexcurator.task.RunningTask;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;
import org.relexcurator.task.TaskMonitor;

/**
 * Predicts a list of rows chunk by chunk, one background task per chunk. Each chunk's predictions
 * are stored as soon as it finishes, so the table fills while the run goes on, and a cancelled or
 * failed run keeps every chunk that finished before.
 */
final class PredictAll {

  /** A chunk's outcome: the rows it predicted, in order, and how many could not be marked. */
  private record ChunkResult(List<QueueRow> rows, List<Prediction> predictions, int unmarkable) {}

  /** One press of "predict all". */
  private static final class Run {
    final RelationClassifier model;
    final List<QueueRow> todo;
    final long started;
    int done;
    int unmarkable;
    boolean cancelled;
    RunningTask task;

    Run(RelationClassifier model, List<QueueRow> todo, long started) {
      this.model = model;
      this.todo = List.copyOf(todo);
      this.started = started;
    }
  }

  private final TaskExecutor executor;
  private final int chunkSize;
  private final LongSupplier nanoClock;
  private final Function<QueueRow, String> marker;
  private final Consumer<Map<String, Prediction>> stored;
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
  private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
  private Run current;

  /**
   * @param marker the model's input for a row; may throw for a pair that cannot be marked
   * @param stored told after each chunk's predictions are stored in their rows, with those
   *     predictions by pair key
   */
  PredictAll(
      TaskExecutor executor,
      int chunkSize,
      LongSupplier nanoClock,
      Function<QueueRow, String> marker,
      Consumer<Map<String, Prediction>> stored) {
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunk size must be positive, was " + chunkSize);
    }
    this.executor = executor;
    this.chunkSize = chunkSize;
    this.nanoClock = nanoClock;
    this.marker = marker;
    this.stored = stored;
  }

  boolean isRunning() {
    return current != null;
  }

  void start(RelationClassifier model, List<QueueRow> todo) {
    if (todo.isEmpty()) {
      progressText.set("Every pair already has a prediction.");
      return;
    }
    Run run = new Run(model, todo, nanoClock.getAsLong());
    current = run;
    running.set(true);
    progress.set(0);
    progressText.set(throughput(run, 0).describe());
    nextChunk(run);
  }

  /**
   * Stops after the chunk in flight. That chunk runs to its end and its predictions are stored: on
   * a CPU a chunk takes seconds, and throwing its work away would cost more than the wait.
   */
  void cancel() {
    if (current != null && !current.cancelled) {
      current.cancelled = true;
      progressText.set("Cancelling after the current chunk… " + progressText.get());
    }
  }

  /** Stops at once and ignores whatever is in flight: the rows or the model changed. */
  void abandon() {
    if (current != null) {
      if (current.task != null) {
        current.task.cancel();
      }
      current = null;
      running.set(false);
      progress.set(0);
      progressText.set("");
    }
  }

  private void nextChunk(Run run) {
    if (run.cancelled) {
      finish(
          run,
          "Cancelled after "
              + Throughput.count(run.done)
              + " of "
              + Throughput.count(run.todo.size())
              + " pairs; their predictions are kept.");
      return;
    }
    if (run.done >= run.todo.size()) {
      Throughput total = throughput(run, run.done);
      finish(
          run,
          "Predicted "
              + Throughput.count(run.done)
              + " pairs in "
              + Throughput.duration(total.elapsedNanos() / 1e9)
              + " ("
              + total.rate()
              + ").");
      return;
    }
    int offset = run.done;
    List<QueueRow> chunk = run.todo.subList(offset, Math.min(offset + chunkSize, run.todo.size()));
    run.task =
        executor.submit(
            "Predict pairs " + (offset + 1) + "–" + (offset + chunk.size()),
            monitor -> predict(run, chunk, offset, monitor),
            new TaskCallbacks<ChunkResult>(
                result -> {
                  if (run == current) {
                    store(run, chunk.size(), result);
                    nextChunk(run);
                  }
                },
                failure -> {
                  if (run == current) {
                    failed(run, failure);
                  }
                },
                (done, total, message) -> {
                  if (run == current && done > run.done) {
                    showProgress(run, done);
                  }
                }));
  }

  private ChunkResult predict(Run run, List<QueueRow> chunk, int offset, TaskMonitor monitor)
      throws Exception {
    List<QueueRow> marked = new ArrayList<>(chunk.size());
    List<String> inputs = new ArrayList<>(chunk.size());
    for (QueueRow row : chunk) {
      try {
        inputs.add(marker.apply(row));
        marked.add(row);
      } catch (IllegalArgumentException e) {
        // A pair whose mention lies outside its sentence; it stays unpredicted and is counted.
      }
    }
    TaskMonitor withinRun =
        new TaskMonitor() {
          @Override
          public void progress(long done, long total, String message) {
            monitor.progress(offset + done, run.todo.size(), message);
          }

          @Override
          public boolean isCancelled() {
            return monitor.isCancelled();
          }
        };
    List<Prediction> predictions = run.model.classify(inputs, withinRun);
    return new ChunkResult(marked, predictions, chunk.size() - marked.size());
  }

  private void store(Run run, int chunkSize, ChunkResult result) {
    Map<String, Prediction> byKey = new LinkedHashMap<>();
    for (int i = 0; i < result.rows().size(); i++) {
      result.rows().get(i).setPrediction(result.predictions().get(i));
      byKey.put(result.rows().get(i).key(), result.predictions().get(i));
    }
    stored.accept(byKey);
    run.done += chunkSize;
    run.unmarkable += result.unmarkable();
    showProgress(run, run.done);
  }

  private void failed(Run run, Throwable failure) {
    if (failure instanceof CancelledException) {
      run.cancelled = true;
      nextChunk(run);
      return;
    }
    String reason = failure.getMessage() == null ? failure.toString() : failure.getMessage();
    finish(
        run,
        "Stopped after "
            + Throughput.count(run.done)
            + " of "
            + Throughput.count(run.todo.size())
            + " pairs: "
            + reason
            + ". The predictions made so far are kept.");
  }

  private void showProgress(Run run, long done) {
    progress.set((double) done / run.todo.size());
    String text = throughput(run, done).describe();
    progressText.set(run.cancelled ? "Cancelling after the current chunk… " + text : text);
  }

  private void finish(Run run, String outcome) {
    current = null;
    running.set(false);
    progressText.set(
        run.unmarkable == 0
            ? outcome
            : outcome
                + " "
                + run.unmarkable
                + " pairs could not be marked (a mention outside its sentence) and were left out.");
  }

  private Throughput throughput(Run run, long done) {
    return new Throughput(done, run.todo.size(), nanoClock.getAsLong() - run.started);
  }

  ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  ReadOnlyStringProperty progressTextProperty() {
    return progressText.getReadOnlyProperty();
  }
}
