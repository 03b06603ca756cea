package org.relexcurator.inference.djl;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import org.relexcurator.inference.ClassificationException;

/**
 * How fast libtorch multiplies matrices on this machine, through the same DJL call the model uses
 * ({@code linear}, i.e. {@code x W^T + b}): the ceiling a BERT forward pass can approach.
 */
public final class MatmulProbe {

  private MatmulProbe() {}

  /**
   * GFLOP/s of {@code [rows x inner] . [inner x outer]} plus bias, timed for at least {@code
   * minSeconds} after one warm-up.
   */
  public static double gflops(
      DeviceChoice device, int rows, int inner, int outer, double minSeconds)
      throws ClassificationException {
    Engine engine = TorchRuntime.start(0);
    TorchRuntime.ChosenDevice chosen = TorchRuntime.choose(engine, device);
    try (NDManager manager = engine.newBaseManager(chosen.device())) {
      NDArray x = manager.randomNormal(new Shape(rows, inner));
      NDArray weight = manager.randomNormal(new Shape(outer, inner));
      NDArray bias = manager.randomNormal(new Shape(outer));
      multiply(manager, x, weight, bias);
      long start = System.nanoTime();
      long repeats = 0;
      double elapsed;
      do {
        multiply(manager, x, weight, bias);
        repeats++;
        elapsed = (System.nanoTime() - start) / 1e9;
      } while (elapsed < minSeconds);
      return 2.0 * rows * inner * outer * repeats / elapsed / 1e9;
    }
  }

  private static void multiply(NDManager manager, NDArray x, NDArray weight, NDArray bias) {
    try (NDManager scope = manager.newSubManager()) {
      x.tempAttach(scope);
      NDArray product = Linear.linear(x, weight, bias).singletonOrThrow();
      // Reading one value waits for a GPU to finish; on the CPU the product is already done.
      product.get(0, 0).getFloat();
    }
  }
}
