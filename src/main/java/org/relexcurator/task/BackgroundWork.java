package org.relexcurator.task;

/**
 * Work that runs off the UI thread: parsing, inference, disk I/O. It reports progress and checks
 * for cancellation through its monitor.
 */
@FunctionalInterface
public interface BackgroundWork<T> {

  T run(TaskMonitor monitor) throws Exception;
}
