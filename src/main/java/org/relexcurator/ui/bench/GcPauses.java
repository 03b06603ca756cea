package org.relexcurator.ui.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The garbage collector's pauses while a phase of the benchmark runs. A pause stops the UI thread
 * with every other, so a stall that contains one is partly the collector's and not the window's
 * code: this tells the two apart.
 */
final class GcPauses implements AutoCloseable {

  /** A pause, in {@link System#nanoTime()} terms. */
  private record Pause(long startNanos, long endNanos) {
    long overlapNanos(long from, long to) {
      return Math.max(0, Math.min(to, endNanos) - Math.max(from, startNanos));
    }
  }

  private final List<Pause> pauses = new ArrayList<>();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::collected;

  /** Where JVM up-time (in which the collector reports) and {@link System#nanoTime()} meet. */
  private final long baseUptimeMillis;

  private final long baseNanos;

  GcPauses() {
    baseNanos = System.nanoTime();
    baseUptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
  }

  private void collected(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    // G1's concurrent cycle is reported by some JDKs as a collector of its own; it does not stop
    // the application.
    if (info.getGcName().contains("Concurrent")) {
      return;
    }
    long start = baseNanos + (info.getGcInfo().getStartTime() - baseUptimeMillis) * 1_000_000;
    long end = start + info.getGcInfo().getDuration() * 1_000_000;
    synchronized (pauses) {
      pauses.add(new Pause(start, end));
    }
  }

  void reset() {
    synchronized (pauses) {
      pauses.clear();
    }
  }

  /**
   * How many pauses, the longest, their sum, and how much of the stall from {@code from} to {@code
   * to} was spent in them (the collector reports whole milliseconds).
   */
  String summary(long from, long to) {
    List<Pause> copy;
    synchronized (pauses) {
      copy = new ArrayList<>(pauses);
    }
    long longest = copy.stream().mapToLong(p -> p.endNanos() - p.startNanos()).max().orElse(0);
    long total = copy.stream().mapToLong(p -> p.endNanos() - p.startNanos()).sum();
    long inStall = copy.stream().mapToLong(p -> p.overlapNanos(from, to)).sum();
    return String.format(
        Locale.ROOT,
        "GC: %d pauses, longest %d ms, %d ms in all, %d ms of them in the longest stall",
        copy.size(),
        longest / 1_000_000,
        total / 1_000_000,
        inStall / 1_000_000);
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // Already gone: nothing to undo.
      }
    }
  }
}
