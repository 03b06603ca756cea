package org.relexcurator.io.bioc;

import java.util.OptionalInt;

/** Offsets and lengths as BioC files write them: non-negative whole numbers, in code points. */
final class BiocOffset {

  /** What a problem says was expected where an offset or length is wrong. */
  static final String EXPECTED = "a whole number >= 0";

  private BiocOffset() {}

  /** The value, or empty when it is missing, not a number, negative or too large. */
  static OptionalInt parse(String raw) {
    if (raw == null) {
      return OptionalInt.empty();
    }
    try {
      int value = Integer.parseInt(raw.strip());
      return value < 0 ? OptionalInt.empty() : OptionalInt.of(value);
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
