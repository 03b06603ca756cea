package org.relexcurator.ui.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Samples what the UI thread is doing while it is late to answer a ping, so that a benchmark
 * reports not only how long the window froze but where: the stall alone does not say which of the
 * corpus list, the queue or the document view took the time.
 */
final class StallStacks implements AutoCloseable {

  /** Frames from the top of the stack: where the time goes. */
  private static final int TOP_FRAMES = 4;

  /** Our own frames further down: which of our calls led there. */
  private static final int OWN_FRAMES = 3;

  private final Thread uiThread;
  private final LongSupplier pendingNanos;
  private final long thresholdNanos;
  private final Map<String, Integer> samples = new HashMap<>();
  private final ScheduledExecutorService sampler =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "ui-stall-stacks");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * @param pendingNanos how long the oldest unanswered ping has waited, 0 if none
   */
  StallStacks(Thread uiThread, LongSupplier pendingNanos, long thresholdMillis) {
    this.uiThread = uiThread;
    this.pendingNanos = pendingNanos;
    this.thresholdNanos = TimeUnit.MILLISECONDS.toNanos(thresholdMillis);
  }

  StallStacks start() {
    sampler.scheduleAtFixedRate(this::sample, 0, 2, TimeUnit.MILLISECONDS);
    return this;
  }

  private void sample() {
    if (pendingNanos.getAsLong() < thresholdNanos) {
      return;
    }
    StackTraceElement[] stack = uiThread.getStackTrace();
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < Math.min(TOP_FRAMES, stack.length); i++) {
      key.append("\n      at ").append(stack[i]);
    }
    int ours = 0;
    for (int i = TOP_FRAMES; i < stack.length && ours < OWN_FRAMES; i++) {
      if (stack[i].getClassName().startsWith("org.relexcurator")) {
        key.append("\n      … ").append(stack[i]);
        ours++;
      }
    }
    synchronized (samples) {
      samples.merge(key.toString(), 1, Integer::sum);
    }
  }

  /** The most sampled stacks during stalls, most frequent first; empty if none was sampled. */
  String report(int top) {
    List<Map.Entry<String, Integer>> sorted;
    synchronized (samples) {
      sorted = new ArrayList<>(samples.entrySet());
    }
    sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    StringBuilder out = new StringBuilder();
    sorted.stream()
        .limit(top)
        .forEach(
            entry ->
                out.append(
                    String.format(
                        Locale.ROOT,
                        "  %d samples (%d ms):%s%n",
                        entry.getValue(),
                        2 * entry.getValue(),
                        entry.getKey())));
    return out.toString();
  }

  void reset() {
    synchronized (samples) {
      samples.clear();
    }
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }
}
