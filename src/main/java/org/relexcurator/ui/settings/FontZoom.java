package org.relexcurator.ui.settings;

/**
 * The font sizes Ctrl+= and Ctrl+− step through: about a tenth larger or smaller each press, so
 * that 150% is three presses away, within the sizes the settings allow.
 */
public final class FontZoom {

  private static final int[] STEPS = {10, 11, 12, 13, 15, 17, 20, 22, 24};

  private FontZoom() {}

  /** The next step above a size, or the largest size allowed. */
  public static int larger(int size) {
    for (int step : STEPS) {
      if (step > size) {
        return step;
      }
    }
    return Settings.MAX_FONT_SIZE;
  }

  /** The next step below a size, or the smallest size allowed. */
  public static int smaller(int size) {
    for (int i = STEPS.length - 1; i >= 0; i--) {
      if (STEPS[i] < size) {
        return STEPS[i];
      }
    }
    return Settings.MIN_FONT_SIZE;
  }

  /** A size as a share of the default, as the status bar says it: {@code 115%}. */
  public static String percent(int size) {
    return Math.round(100.0 * size / Settings.DEFAULT_FONT_SIZE) + "%";
  }
}
