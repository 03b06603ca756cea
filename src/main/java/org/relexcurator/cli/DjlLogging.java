package org.relexcurator.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps DJL's start-up chatter (library extraction, thread counts) off a command's output. Loggers
 * are named, not imported, so the command line stays free of DJL classes.
 */
final class DjlLogging {

  /** Held so that the settings are not lost when the logger is garbage-collected. */
  private static final Logger DJL = Logger.getLogger("ai.djl");

  private static final Logger CUDA_PROBE = Logger.getLogger("ai.djl.util.cuda");

  private DjlLogging() {}

  /**
   * Shows only DJL's warnings. The GPU probe's complaints (one per probe, several per start) are
   * shown only when a GPU was asked for explicitly: with {@code auto} the model's device
   * description already says that no GPU was found.
   */
  static void quiet(boolean gpuRequested) {
    DJL.setLevel(Level.WARNING);
    CUDA_PROBE.setLevel(gpuRequested ? Level.WARNING : Level.SEVERE);
  }
}
