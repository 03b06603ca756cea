package org.relexcurator.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar with rate and time left, redrawn in place on a terminal. When standard
 * error is not a terminal (a pipe, a log file, CI) it prints nothing, so logs stay readable.
 */
final class TerminalProgress {

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long total;
  private final long start = System.nanoTime();
  private long lastDraw;

  TerminalProgress(PrintWriter err, long total) {
    this(err, total, System.console() != null);
  }

  TerminalProgress(PrintWriter err, long total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
  }

  void update(long done) {
    long now = System.nanoTime();
    if (!enabled || (now - lastDraw < REDRAW_NANOS && done < total)) {
      return;
    }
    lastDraw = now;
    double seconds = (now - start) / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
    String left = rate > 0 ? duration((total - done) / rate) : "?";
    err.printf(
        Locale.ROOT,
        "\r[%s%s] %d/%d pairs  %.1f/s  %s left ",
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        done,
        total,
        rate,
        left);
    err.flush();
  }

  void finish() {
    if (enabled) {
      err.println();
    }
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
        : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
