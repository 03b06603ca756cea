package org.relexcurator.ui.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Measures how long the JavaFX application thread is unavailable: a background thread posts a ping
 * every {@link #PERIOD_MILLIS} ms and records how late each ping runs. The longest delay is the
 * longest stall a curator would feel as a frozen window.
 */
public final class UiStallProbe implements AutoCloseable {

  static final long PERIOD_MILLIS = 5;

  private final ScheduledExecutorService pinger =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "ui-stall-probe");
            thread.setDaemon(true);
            return thread;
          });
  private final List<Long> delaysNanos = Collections.synchronizedList(new ArrayList<>());
  private volatile long lastAnswered = System.nanoTime();

  /** When the ping that waited longest was posted and when it ran. */
  private long longestPosted;

  private long longestAnswered;

  /** How long since the UI thread last answered a ping: above the period, it is stalled. */
  long sinceLastAnswerNanos() {
    return System.nanoTime() - lastAnswered;
  }

  public UiStallProbe start() {
    pinger.scheduleAtFixedRate(
        () -> {
          long posted = System.nanoTime();
          Platform.runLater(
              () -> {
                long now = System.nanoTime();
                lastAnswered = now;
                synchronized (delaysNanos) {
                  delaysNanos.add(now - posted);
                  if (now - posted > longestAnswered - longestPosted) {
                    longestPosted = posted;
                    longestAnswered = now;
                  }
                }
              });
        },
        0,
        PERIOD_MILLIS,
        TimeUnit.MILLISECONDS);
    return this;
  }

  /** Forgets what was measured so far, e.g. the window's start-up. */
  public void reset() {
    synchronized (delaysNanos) {
      delaysNanos.clear();
      longestPosted = 0;
      longestAnswered = 0;
    }
  }

  /** When the longest stall began and ended, in {@link System#nanoTime()} terms. */
  long[] longestStallNanos() {
    synchronized (delaysNanos) {
      return new long[] {longestPosted, longestAnswered};
    }
  }

  /** Longest, 99th percentile and median delay in milliseconds, and the number of pings. */
  public String summary() {
    List<Long> sorted;
    synchronized (delaysNanos) {
      sorted = new ArrayList<>(delaysNanos);
    }
    if (sorted.isEmpty()) {
      return "no pings";
    }
    Collections.sort(sorted);
    return String.format(
        java.util.Locale.ROOT,
        "longest stall %.1f ms, p99 %.1f ms, median %.2f ms over %d pings",
        millis(sorted.get(sorted.size() - 1)),
        millis(sorted.get((int) (sorted.size() * 0.99))),
        millis(sorted.get(sorted.size() / 2)),
        sorted.size());
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  @Override
  public void close() {
    pinger.shutdownNow();
  }
}
