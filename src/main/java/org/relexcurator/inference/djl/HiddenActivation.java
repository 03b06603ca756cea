package org.relexcurator.inference.djl;

import ai.djl.ndarray.NDArray;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The feed-forward activations a BERT {@code config.json} may name ({@code hidden_act}), computed
 * as transformers computes them.
 */
public enum HiddenActivation {
  /** transformers' {@code GELUActivation}: the exact, erf-based GELU. */
  GELU("gelu"),
  /** transformers' {@code NewGELUActivation}: the tanh approximation, written out. */
  GELU_NEW("gelu_new"),
  /**
   * {@code gelu(x, approximate="tanh")}; libtorch's fused kernel evaluates the same formula as
   * {@link #GELU_NEW}, which DJL has no call for, so both use the written-out form.
   */
  GELU_PYTORCH_TANH("gelu_pytorch_tanh"),
  RELU("relu");

  private static final float SQRT_2_OVER_PI = (float) Math.sqrt(2.0 / Math.PI);

  private final String configName;

  HiddenActivation(String configName) {
    this.configName = configName;
  }

  /** The name used in {@code config.json}. */
  public String configName() {
    return configName;
  }

  /** The activation a {@code config.json} names, if supported. */
  public static Optional<HiddenActivation> fromConfigName(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(a -> a.configName.equals(wanted)).findFirst();
  }

  static String supportedNames() {
    return String.join(", ", Arrays.stream(values()).map(a -> a.configName).toList());
  }

  NDArray apply(NDArray x) {
    return switch (this) {
      case GELU -> x.getNDArrayInternal().gelu();
      case RELU -> x.getNDArrayInternal().relu();
      case GELU_NEW, GELU_PYTORCH_TANH -> {
        // 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))
        NDArray inner = x.pow(3f).mul(0.044715f).add(x).mul(SQRT_2_OVER_PI);
        yield x.mul(0.5f).mul(inner.tanh().add(1f));
      }
    };
  }
}
