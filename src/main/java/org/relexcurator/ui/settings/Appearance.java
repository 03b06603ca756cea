package org.relexcurator.ui.settings;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Scene;

/**
 * Puts a theme and font size on a scene: the dark stylesheet when the theme is dark, and the font
 * size on the root, which the panes' sizes are relative to ({@code em}).
 */
public final class Appearance {

  /** The dark theme, on top of the light one. */
  public static final String DARK_STYLESHEET =
      Appearance.class.getResource("/org/relexcurator/ui/dark.css").toExternalForm();

  private Appearance() {}

  public static void apply(Scene scene, Settings settings) {
    if (settings.theme() == Theme.DARK) {
      if (!scene.getStylesheets().contains(DARK_STYLESHEET)) {
        scene.getStylesheets().add(DARK_STYLESHEET);
      }
    } else {
      scene.getStylesheets().remove(DARK_STYLESHEET);
    }
    scene.getRoot().setStyle("-fx-font-size: " + settings.fontSize() + "px;");
  }

  /**
   * Applies the settings now and whenever they change. The scene holds the listener and the
   * settings only a weak reference to it, so a closed dialog's scene can be collected.
   */
  public static void follow(Scene scene, ObservableValue<Settings> settings) {
    apply(scene, settings.getValue());
    ChangeListener<Settings> listener = (observable, old, now) -> apply(scene, now);
    scene.getProperties().put(Appearance.class, listener);
    settings.addListener(new WeakChangeListener<>(listener));
  }
}
