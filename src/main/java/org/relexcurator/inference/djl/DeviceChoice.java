package org.relexcurator.inference.djl;

import java.util.Locale;

/** Where a person asked the model to run. */
public enum DeviceChoice {
  CPU,
  GPU,
  /** The first GPU when libtorch sees one, else the CPU (and the description says why). */
  AUTO;

  /** Parses {@code cpu}, {@code gpu} or {@code auto}, ignoring case. */
  public static DeviceChoice parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "device " + text + " is unknown; expected cpu, gpu or auto");
    }
  }
}
