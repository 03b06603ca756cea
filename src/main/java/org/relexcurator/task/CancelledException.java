package org.relexcurator.task;

/** Thrown by long work that stopped because its {@link TaskMonitor} was cancelled. */
public class CancelledException extends RuntimeException {

  public CancelledException() {
    super("cancelled");
  }
}
