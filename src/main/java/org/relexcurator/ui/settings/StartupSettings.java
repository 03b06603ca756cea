package org.relexcurator.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.RelationSpecs;
import org.relexcurator.inference.SentenceSplitter;
import org.relexcurator.inference.SettingsFileException;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.pipeline.CorpusPreparation;

/**
 * The settings as the app starts with them, read before the window opens and off the UI thread: the
 * settings file and the relation specs it names. Marker mode and specs are fixed for the session,
 * because the queue, the prediction panel and the deciding pane all pair and mark with the same
 * preparation.
 *
 * @param specs the relation specs in use: the file's, or the bundled ones when it names none or its
 *     file cannot be used
 * @param warnings what went wrong reading the settings or the specs, for the curator
 */
public record StartupSettings(
    SettingsFile file,
    Settings settings,
    boolean firstRun,
    RelationSpecs specs,
    List<String> warnings) {

  public StartupSettings {
    warnings = List.copyOf(warnings);
  }

  /** Reads the settings file in a data folder and the relation specs it names. */
  public static StartupSettings load(Path dataHome) {
    return load(SettingsFile.in(dataHome));
  }

  public static StartupSettings load(SettingsFile file) {
    SettingsFile.Loaded loaded = file.load();
    List<String> warnings = new ArrayList<>();
    if (loaded.warning() != null) {
      warnings.add(loaded.warning());
    }
    RelationSpecs specs = RelationSpecs.bundled();
    Path specsFile = loaded.settings().relationSpecs();
    if (specsFile != null) {
      try {
        specs = RelationSpecs.load(specsFile);
      } catch (SettingsFileException e) {
        warnings.add(
            "The relation specs in the settings cannot be used ("
                + e.getMessage()
                + "); the bundled synthetic_relex specs are used instead.");
      }
    }
    return new StartupSettings(file, loaded.settings(), !loaded.existed(), specs, warnings);
  }

  /** The welcome screen opens on a first run, and at every start if the curator asked so. */
  public boolean showWelcome() {
    return firstRun || settings.showWelcomeAtStart();
  }

  /** Reading, sentence splitting and pairing with these settings' specs and marker mode. */
  public CorpusPreparation preparation() {
    return new CorpusPreparation(
        FormatRegistry.standard(),
        new SentenceSplitter(),
        specs,
        EntityTypeMapping.bundled(),
        settings.markerMode());
  }

  /** All warnings as one message, or {@code null} when there are none. */
  public String warning() {
    return warnings.isEmpty() ? null : String.join(" ", warnings);
  }
}
