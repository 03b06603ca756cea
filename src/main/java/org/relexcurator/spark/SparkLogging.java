package org.relexcurator.spark;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Spark, Hadoop, Parquet and Netty log every stage at INFO through SLF4J, which the project routes
 * to java.util.logging; the command line shows their warnings only, and DJL's as {@code relex
 * predict} does.
 */
final class SparkLogging {

  /** Held so that the levels are not lost when a logger is garbage-collected. */
  private static final List<Logger> QUIETED =
      List.of(
          Logger.getLogger("org.apache.spark"),
          Logger.getLogger("org.sparkproject"),
          Logger.getLogger("org.apache.hadoop"),
          Logger.getLogger("org.apache.parquet"),
          Logger.getLogger("io.netty"),
          Logger.getLogger("ai.djl"));

  private static final Logger CUDA_PROBE = Logger.getLogger("ai.djl.util.cuda");

  private SparkLogging() {}

  /** Without a GPU asked for, DJL's probe for one says nothing unless it fails badly. */
  static void quiet(boolean gpuRequested) {
    QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
    CUDA_PROBE.setLevel(gpuRequested ? Level.WARNING : Level.SEVERE);
  }
}
