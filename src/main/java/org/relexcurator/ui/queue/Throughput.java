package org.relexcurator.ui.queue;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How far a run over many pairs has come, how fast it goes and how long it still needs, in words.
 * The rate counts only this run's pairs and time, so a resumed run does not claim the earlier run's
 * work.
 *
 * @param done pairs finished in this run
 * @param total pairs this run set out to do
 * @param elapsedNanos time since the run started
 */
record Throughput(long done, long total, long elapsedNanos) {

  /** Pairs per second, or 0 before any pair is done. */
  double pairsPerSecond() {
    return done == 0 || elapsedNanos <= 0 ? 0 : done / (elapsedNanos / 1e9);
  }

  /** Seconds still needed at the rate so far; negative when there is no rate yet. */
  double secondsLeft() {
    double rate = pairsPerSecond();
    return rate == 0 ? -1 : (total - done) / rate;
  }

  /** {@code 1,234 of 5,000 pairs · 23.4 pairs/s · about 2 min 41 s left}. */
  String describe() {
    String count = count(done) + " of " + count(total) + " pairs";
    if (done == 0) {
      return count + " · starting…";
    }
    return count + " · " + rate() + " · about " + duration(secondsLeft()) + " left";
  }

  String rate() {
    return String.format(Locale.ROOT, "%.1f pairs/s", pairsPerSecond());
  }

  static String count(long n) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
  }

  /** {@code 45 s}, {@code 2 min 41 s}, {@code 1 h 05 min}. */
  static String duration(double seconds) {
    long whole = Math.round(Math.max(0, seconds));
    if (whole < 60) {
      return whole + " s";
    }
    if (whole < 3600) {
      return whole / 60 + " min " + whole % 60 + " s";
    }
    return String.format(Locale.ROOT, "%d h %02d min", whole / 3600, whole % 3600 / 60);
  }
}
