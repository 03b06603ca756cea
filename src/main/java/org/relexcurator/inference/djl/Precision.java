package org.relexcurator.inference.djl;

import java.util.Locale;

/** The number format the model computes in. */
public enum Precision {
  /** float32 throughout: the scores agree with transformers to 1e-4. */
  FP32("fp32"),
  /**
   * Fast mode: matrix products and attention in bfloat16 (AVX512-BF16 or AMX where the CPU has
   * them), sums and LayerNorm in float32. Scores change; docs/performance.md has how much.
   */
  BF16("bf16");

  private final String optionName;

  Precision(String optionName) {
    this.optionName = optionName;
  }

  /** The name used on the command line and in settings. */
  public String optionName() {
    return optionName;
  }

  /** Parses {@code fp32} or {@code bf16}, ignoring case. */
  public static Precision parse(String text) {
    for (Precision precision : values()) {
      if (precision.optionName.equals(text.strip().toLowerCase(Locale.ROOT))) {
        return precision;
      }
    }
    throw new IllegalArgumentException("precision " + text + " is unknown; expected fp32 or bf16");
  }
}
