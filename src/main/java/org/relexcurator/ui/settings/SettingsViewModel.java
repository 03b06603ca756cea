package org.relexcurator.ui.settings;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.RelationSpecs;
import org.relexcurator.inference.djl.DeviceChoice;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;

/**
 * The settings dialog's form and the settings in force. The form's fields start as the settings in
 * force; {@link #apply} checks them, puts them in force (observers of {@link #currentProperty()}
 * react: theme, font and curator at once, the model settings at the next load) and saves them in
 * the background; {@link #revert} drops what was typed. A relation-spec file is read before it is
 * accepted, so a bad one is refused with the reason.
 *
 * <p>Use it on the UI thread only.
 */
public final class SettingsViewModel {

  private final TaskExecutor executor;
  private final SettingsFile file;
  private final ReadOnlyObjectWrapper<Settings> current;

  /** The newest settings to save: a save that starts late writes these, never older ones. */
  private final AtomicReference<Settings> toSave = new AtomicReference<>();

  private final Object saveLock = new Object();

  private final ObjectProperty<DeviceChoice> device = new SimpleObjectProperty<>();
  private final ObjectProperty<Integer> threads = new SimpleObjectProperty<>();
  private final ObjectProperty<Integer> batchSize = new SimpleObjectProperty<>();
  private final ObjectProperty<MarkerMode> markerMode = new SimpleObjectProperty<>();
  private final ObjectProperty<Path> relationSpecs = new SimpleObjectProperty<>();
  private final StringProperty curatorName = new SimpleStringProperty();
  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
  private final ObjectProperty<Integer> fontSize = new SimpleObjectProperty<>();
  private final BooleanProperty showWelcomeAtStart = new SimpleBooleanProperty();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper();
  private final StringBinding specsDescription;
  private final BooleanBinding changed;
  private long specsRequests;

  /**
   * @param initial the settings in force when the window opens
   */
  public SettingsViewModel(TaskExecutor executor, SettingsFile file, Settings initial) {
    this.executor = executor;
    this.file = file;
    this.current = new ReadOnlyObjectWrapper<>(initial);
    specsDescription =
        Bindings.createStringBinding(
            () ->
                relationSpecs.get() == null
                    ? "Bundled: synthetic_relex's relation_specs.json"
                    : relationSpecs.get().toString(),
            relationSpecs);
    changed =
        Bindings.createBooleanBinding(
            () -> !formMatches(current.get()),
            current,
            device,
            threads,
            batchSize,
            markerMode,
            relationSpecs,
            curatorName,
            theme,
            fontSize,
            showWelcomeAtStart);
    revert();
  }

  /** Puts the form in force and saves it; false (and a message) when a value is not valid. */
  public boolean apply() {
    Settings settings;
    try {
      settings =
          new Settings(
              device.get(),
              threads.get(),
              batchSize.get(),
              markerMode.get(),
              relationSpecs.get(),
              curatorName.get() == null ? "" : curatorName.get(),
              theme.get(),
              fontSize.get(),
              showWelcomeAtStart.get());
    } catch (IllegalArgumentException | NullPointerException e) {
      message.set(e.getMessage());
      return false;
    }
    message.set(null);
    put(settings);
    return true;
  }

  /** Puts settings in force and saves them, whatever the form holds; the form follows. */
  public void put(Settings settings) {
    current.set(settings);
    fill(settings);
    save(settings);
  }

  /** Ctrl+=: the next larger font size, put in force and saved like any other setting. */
  public void zoomIn() {
    zoomTo(FontZoom.larger(current.get().fontSize()));
  }

  /** Ctrl+−: the next smaller font size. */
  public void zoomOut() {
    zoomTo(FontZoom.smaller(current.get().fontSize()));
  }

  /** Ctrl+0: the default font size. */
  public void resetZoom() {
    zoomTo(Settings.DEFAULT_FONT_SIZE);
  }

  private void zoomTo(int size) {
    if (size != current.get().fontSize()) {
      put(current.get().withFontSize(size));
    }
  }

  /** Sets the form back to the settings in force. */
  public void revert() {
    fill(current.get());
    message.set(null);
  }

  private void fill(Settings settings) {
    device.set(settings.device());
    threads.set(settings.threads());
    batchSize.set(settings.batchSize());
    markerMode.set(settings.markerMode());
    relationSpecs.set(settings.relationSpecs());
    curatorName.set(settings.curatorName());
    theme.set(settings.theme());
    fontSize.set(settings.fontSize());
    showWelcomeAtStart.set(settings.showWelcomeAtStart());
  }

  private boolean formMatches(Settings settings) {
    return settings.device() == device.get()
        && threads.get() != null
        && settings.threads() == threads.get()
        && batchSize.get() != null
        && settings.batchSize() == batchSize.get()
        && settings.markerMode() == markerMode.get()
        && java.util.Objects.equals(settings.relationSpecs(), relationSpecs.get())
        && curatorName.get() != null
        && settings.curatorName().equals(curatorName.get().strip())
        && settings.theme() == theme.get()
        && fontSize.get() != null
        && settings.fontSize() == fontSize.get()
        && settings.showWelcomeAtStart() == showWelcomeAtStart.get();
  }

  private void save(Settings settings) {
    toSave.set(settings);
    executor.submit(
        "save settings",
        monitor -> {
          synchronized (saveLock) {
            file.save(toSave.get());
          }
          return null;
        },
        TaskCallbacks.of(
            done -> saveProblem.set(null),
            failure ->
                saveProblem.set(
                    "Settings are in use but not saved: "
                        + file.path()
                        + " ("
                        + failure.getMessage()
                        + ")")));
  }

  /** Reads a relation-spec file in the background; the form takes it only if it is valid. */
  public void chooseRelationSpecs(Path specsFile) {
    long request = ++specsRequests;
    message.set(null);
    executor.submit(
        "read relation specs",
        monitor -> RelationSpecs.load(specsFile),
        TaskCallbacks.of(
            specs -> {
              if (request == specsRequests) {
                relationSpecs.set(specsFile);
              }
            },
            failure -> {
              if (request == specsRequests) {
                message.set("Relation specs not changed: " + failure.getMessage());
              }
            }));
  }

  public void useBundledRelationSpecs() {
    specsRequests++;
    relationSpecs.set(null);
  }

  public ReadOnlyObjectProperty<Settings> currentProperty() {
    return current.getReadOnlyProperty();
  }

  public Settings current() {
    return current.get();
  }

  /** Where the settings are saved. */
  public Path file() {
    return file.path();
  }

  public ObjectProperty<DeviceChoice> deviceProperty() {
    return device;
  }

  public ObjectProperty<Integer> threadsProperty() {
    return threads;
  }

  public ObjectProperty<Integer> batchSizeProperty() {
    return batchSize;
  }

  public ObjectProperty<MarkerMode> markerModeProperty() {
    return markerMode;
  }

  /** The relation-spec file; {@code null} for the bundled specs. */
  public ReadOnlyObjectProperty<Path> relationSpecsProperty() {
    return relationSpecs;
  }

  /** The specs in the form, as the dialog shows them. */
  public StringBinding specsDescription() {
    return specsDescription;
  }

  public StringProperty curatorNameProperty() {
    return curatorName;
  }

  public ObjectProperty<Theme> themeProperty() {
    return theme;
  }

  public ObjectProperty<Integer> fontSizeProperty() {
    return fontSize;
  }

  public BooleanProperty showWelcomeAtStartProperty() {
    return showWelcomeAtStart;
  }

  /** Why the form was not applied; empty after a successful apply. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Why the settings in force could not be saved; empty once a save succeeds. */
  public ReadOnlyStringProperty saveProblemProperty() {
    return saveProblem.getReadOnlyProperty();
  }

  /** True while the form differs from the settings in force. */
  public BooleanBinding changedProperty() {
    return changed;
  }
}
