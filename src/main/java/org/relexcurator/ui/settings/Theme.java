package org.relexcurator.ui.settings;

import java.util.Locale;

/** The window's colours: light (the default) or dark. */
public enum Theme {
  LIGHT,
  DARK;

  /** The name in the settings file: {@code light} or {@code dark}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What the settings dialog calls it. */
  public String displayName() {
    return this == LIGHT ? "Light" : "Dark";
  }
}
