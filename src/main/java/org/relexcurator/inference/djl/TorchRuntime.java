package org.relexcurator.inference.djl;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import org.relexcurator.inference.ClassificationException;

/** Starts DJL's PyTorch engine offline and picks the device and thread count. */
final class TorchRuntime {

  static final String ENGINE = "PyTorch";

  /**
   * The chosen device and how to describe it to a person.
   *
   * @param description {@code cpu}, {@code gpu(0)}, or why auto fell back to the CPU
   */
  record ChosenDevice(Device device, String description) {}

  private TorchRuntime() {}

  /** Starts the engine (once per process) with the requested intra-op threads. */
  static Engine start(int threads) throws ClassificationException {
    OfflineDjl.apply();
    if (threads > 0) {
      // Read when the engine starts; set again below in case it had already started.
      System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
      if (System.getProperty("ai.djl.pytorch.num_interop_threads") == null) {
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
      }
    }
    Engine engine;
    try {
      engine = Engine.getEngine(ENGINE);
    } catch (RuntimeException | UnsatisfiedLinkError e) {
      throw new ClassificationException(
          "the PyTorch engine could not start ("
              + MarkedSentenceTokenizer.firstLine(e.getMessage())
              + "); bundle libtorch (the default cpu build) or set PYTORCH_LIBRARY_PATH to a libtorch"
              + " 2.7.1 folder (see docs/model-engine.md)",
          e);
    }
    if (threads > 0 && JniUtils.getNumThreads() != threads) {
      JniUtils.setNumThreads(threads);
    }
    return engine;
  }

  static int threads() {
    return JniUtils.getNumThreads();
  }

  static ChosenDevice choose(Engine engine, DeviceChoice choice) throws ClassificationException {
    int gpus = engine.getGpuCount();
    return switch (choice) {
      case CPU -> new ChosenDevice(Device.cpu(), "cpu");
      case GPU -> {
        if (gpus == 0) {
          throw new ClassificationException(
              "no GPU available to libtorch "
                  + engine.getVersion()
                  + " (the CPU build is on the class path unless built with -Pcuda); use --device cpu"
                  + " or auto");
        }
        yield new ChosenDevice(Device.gpu(), Device.gpu().toString());
      }
      case AUTO ->
          gpus > 0
              ? new ChosenDevice(Device.gpu(), Device.gpu().toString())
              : new ChosenDevice(Device.cpu(), "cpu (auto: no GPU found)");
    };
  }
}
