package org.relexcurator.curation.evaluation;

/**
 * Colours of the Okabe–Ito palette, which people with the common colour-vision deficiencies tell
 * apart. Plots never rely on colour alone: shapes, borders and text say the same.
 */
final class OkabeIto {

  static final String BLACK = "#000000";
  static final String SKY_BLUE = "#56B4E9";
  static final String BLUE = "#0072B2";
  static final String VERMILLION = "#D55E00";

  private OkabeIto() {}

  /** White blending into blue as {@code share} goes from 0 to 1, for heat maps. */
  static String blueShade(double share) {
    double s = Math.max(0, Math.min(1, share));
    int r = (int) Math.round(255 + s * (0x00 - 255));
    int g = (int) Math.round(255 + s * (0x72 - 255));
    int b = (int) Math.round(255 + s * (0xB2 - 255));
    return String.format("#%02X%02X%02X", r, g, b);
  }
}
