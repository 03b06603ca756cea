package org.relexcurator.ui.shell;

import java.util.Arrays;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The window's size, position and split positions, remembered between runs in the user's
 * preferences. Missing or unreadable values fall back to the default layout.
 */
public record WindowLayout(
    double x,
    double y,
    double width,
    double height,
    boolean maximized,
    double[] mainDividers,
    double[] middleDividers) {

  public static final WindowLayout DEFAULT =
      new WindowLayout(
          Double.NaN, Double.NaN, 1280, 800, false, new double[] {0.16, 0.61}, new double[] {0.5});

  public WindowLayout {
    mainDividers = mainDividers.clone();
    middleDividers = middleDividers.clone();
  }

  @Override
  public double[] mainDividers() {
    return mainDividers.clone();
  }

  @Override
  public double[] middleDividers() {
    return middleDividers.clone();
  }

  /**
   * This layout on a screen whose usable area is {@code screenWidth} × {@code screenHeight}: never
   * larger, so that neither the default size on a 1280x720 screen nor a size saved on a bigger
   * screen puts the menu bar or the status bar off-screen. {@code titleBar} is the height the
   * window's decorations take above the scene.
   */
  public WindowLayout fittedTo(double screenWidth, double screenHeight, double titleBar) {
    return new WindowLayout(
        x,
        y,
        Math.min(width, screenWidth),
        Math.min(height, screenHeight - titleBar),
        maximized,
        mainDividers,
        middleDividers);
  }

  public static WindowLayout load(Preferences store) {
    return new WindowLayout(
        store.getDouble("x", DEFAULT.x()),
        store.getDouble("y", DEFAULT.y()),
        store.getDouble("width", DEFAULT.width()),
        store.getDouble("height", DEFAULT.height()),
        store.getBoolean("maximized", DEFAULT.maximized()),
        dividers(store.get("mainDividers", null), DEFAULT.mainDividers),
        dividers(store.get("middleDividers", null), DEFAULT.middleDividers));
  }

  private static double[] dividers(String saved, double[] fallback) {
    if (saved == null) {
      return fallback;
    }
    try {
      double[] values = Arrays.stream(saved.split(",")).mapToDouble(Double::parseDouble).toArray();
      boolean valid =
          values.length == fallback.length && Arrays.stream(values).allMatch(v -> v > 0 && v < 1);
      return valid ? values : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** Saves the layout (a small write to the user's preferences, done when the window closes). */
  public void save(Preferences store) {
    store.putDouble("x", x);
    store.putDouble("y", y);
    store.putDouble("width", width);
    store.putDouble("height", height);
    store.putBoolean("maximized", maximized);
    store.put("mainDividers", join(mainDividers));
    store.put("middleDividers", join(middleDividers));
    try {
      store.flush();
    } catch (BackingStoreException e) {
      // The layout is a convenience; the next run falls back to the default.
    }
  }

  private static String join(double[] values) {
    return String.join(",", Arrays.stream(values).mapToObj(Double::toString).toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WindowLayout other
        && Double.compare(x, other.x) == 0
        && Double.compare(y, other.y) == 0
        && Double.compare(width, other.width) == 0
        && Double.compare(height, other.height) == 0
        && maximized == other.maximized
        && Arrays.equals(mainDividers, other.mainDividers)
        && Arrays.equals(middleDividers, other.middleDividers);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        x,
        y,
        width,
        height,
        maximized,
        Arrays.hashCode(mainDividers),
        Arrays.hashCode(middleDividers));
  }

  @Override
  public String toString() {
    return "WindowLayout["
        + x
        + ","
        + y
        + " "
        + width
        + "x"
        + height
        + (maximized ? " max" : "")
        + " main "
        + join(mainDividers)
        + " middle "
        + join(middleDividers)
        + "]";
  }
}
