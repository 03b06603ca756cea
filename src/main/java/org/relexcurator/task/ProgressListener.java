package org.relexcurator.task;

/** Receives progress of background work. */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener IGNORE = (done, total, message) -> {};

  void progress(long done, long total, String message);
}
