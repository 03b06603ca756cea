package org.relexcurator.inference.djl;

/**
 * How to run a model.
 *
 * @param device where to run it
 * @param batchSize the most sentences per forward pass; sentences are sorted by length and padded
 *     only to the longest in their batch
 * @param threads libtorch's intra-op threads; 0 keeps libtorch's default (one per physical core).
 *     The setting is process-wide: libtorch has one thread pool.
 * @param precision float32, or the fast bfloat16 mode
 */
public record ClassifierSettings(
    DeviceChoice device, int batchSize, int threads, Precision precision) {

  public static final int DEFAULT_BATCH_SIZE = 16;

  public ClassifierSettings {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be 0 (default) or more, was " + threads);
    }
    if (precision == null) {
      throw new IllegalArgumentException("precision is required");
    }
  }

  /** Settings in float32. */
  public ClassifierSettings(DeviceChoice device, int batchSize, int threads) {
    this(device, batchSize, threads, Precision.FP32);
  }

  /** The same settings with another precision. */
  public ClassifierSettings withPrecision(Precision newPrecision) {
    return new ClassifierSettings(device, batchSize, threads, newPrecision);
  }

  public static ClassifierSettings defaults() {
    return new ClassifierSettings(DeviceChoice.AUTO, DEFAULT_BATCH_SIZE, 0);
  }

  /**
   * The defaults for a desktop window: one core fewer than the machine has (at least one), so that
   * the window still gets a core while a long "predict all" runs; with every core busy in libtorch
   * the operating system hands the UI thread its turn late and the window stutters.
   */
  public static ClassifierSettings forDesktop() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new ClassifierSettings(DeviceChoice.AUTO, DEFAULT_BATCH_SIZE, Math.max(1, cores - 1));
  }
}
