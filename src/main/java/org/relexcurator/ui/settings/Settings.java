package org.relexcurator.ui.settings;

import java.nio.file.Path;
import java.util.Objects;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DeviceChoice;

/**
 * What a curator can set, as saved in the settings file.
 *
 * @param device where the model runs
 * @param threads libtorch's threads; {@value #AUTOMATIC_THREADS} lets libtorch take one per
 *     physical core, which beats one per logical core on machines with hyper-threading
 * @param batchSize sentences per forward pass
 * @param markerMode which occurrences of a pair's entities get markers
 * @param relationSpecs a relation-spec JSON file, or {@code null} for the bundled synthetic_relex
 *     specs
 * @param curatorName the name decisions are recorded under
 * @param fontSize the window's base font size in pixels; headings scale with it
 * @param showWelcomeAtStart whether the welcome screen opens at every start, not only the first
 */
public record Settings(
    DeviceChoice device,
    int threads,
    int batchSize,
    MarkerMode markerMode,
    Path relationSpecs,
    String curatorName,
    Theme theme,
    int fontSize,
    boolean showWelcomeAtStart) {

  public static final int AUTOMATIC_THREADS = 0;
  public static final int MIN_BATCH_SIZE = 1;
  public static final int MAX_BATCH_SIZE = 256;
  public static final int MIN_FONT_SIZE = 10;
  public static final int MAX_FONT_SIZE = 24;
  public static final int DEFAULT_FONT_SIZE = 13;
  public static final int MAX_CURATOR_NAME_LENGTH = 100;

  /**
   * @throws IllegalArgumentException with a sentence for the curator when a value is wrong
   */
  public Settings {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(markerMode, "markerMode");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(curatorName, "curatorName");
    curatorName = curatorName.strip();
    if (threads < AUTOMATIC_THREADS || threads > cores()) {
      throw new IllegalArgumentException(
          "Threads must be between 1 and "
              + cores()
              + " (the processors of this computer), or automatic; was "
              + threads
              + ".");
    }
    if (batchSize < MIN_BATCH_SIZE || batchSize > MAX_BATCH_SIZE) {
      throw new IllegalArgumentException(
          "Batch size must be between "
              + MIN_BATCH_SIZE
              + " and "
              + MAX_BATCH_SIZE
              + "; was "
              + batchSize
              + ".");
    }
    if (fontSize < MIN_FONT_SIZE || fontSize > MAX_FONT_SIZE) {
      throw new IllegalArgumentException(
          "Font size must be between "
              + MIN_FONT_SIZE
              + " and "
              + MAX_FONT_SIZE
              + "; was "
              + fontSize
              + ".");
    }
    String nameProblem = curatorNameProblem(curatorName);
    if (nameProblem != null) {
      throw new IllegalArgumentException(nameProblem);
    }
  }

  /** The settings of a first run: automatic device and threads, the bundled specs, light. */
  public static Settings defaults(String curatorName) {
    return new Settings(
        DeviceChoice.AUTO,
        AUTOMATIC_THREADS,
        ClassifierSettings.DEFAULT_BATCH_SIZE,
        MarkerMode.EXACT,
        null,
        curatorName,
        Theme.LIGHT,
        DEFAULT_FONT_SIZE,
        false);
  }

  /** The name the operating system knows the user by, the default curator name. */
  public static String osUserName() {
    String name = System.getProperty("user.name", "").strip();
    return curatorNameProblem(name) == null ? name : "curator";
  }

  /** What is wrong with a curator name (already stripped), or {@code null} if nothing is. */
  public static String curatorNameProblem(String name) {
    if (name.isEmpty()) {
      return "Curator name is empty; decisions are recorded under this name.";
    }
    if (name.length() > MAX_CURATOR_NAME_LENGTH
        || name.codePoints().anyMatch(Character::isISOControl)) {
      return "Curator name must be one line of at most " + MAX_CURATOR_NAME_LENGTH + " characters.";
    }
    return null;
  }

  /** The processors this computer offers, the most threads worth asking for. */
  public static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** How to run a model with these settings. */
  /** How to run the model; "automatic" threads leave the window one core (see forDesktop). */
  public ClassifierSettings classifierSettings() {
    return new ClassifierSettings(
        device, batchSize, threads == 0 ? ClassifierSettings.forDesktop().threads() : threads);
  }

  public Settings withShowWelcomeAtStart(boolean show) {
    return new Settings(
        device, threads, batchSize, markerMode, relationSpecs, curatorName, theme, fontSize, show);
  }

  public Settings withFontSize(int size) {
    return new Settings(
        device,
        threads,
        batchSize,
        markerMode,
        relationSpecs,
        curatorName,
        theme,
        size,
        showWelcomeAtStart);
  }
}
