package org.relexcurator.ui.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.djl.DeviceChoice;
import org.relexcurator.io.AtomicFiles;

/**
 * The settings as a small JSON file in the app's data folder ({@value #NAME}). Reading never fails:
 * a file that is missing gives the defaults; one that cannot be read or parsed gives the defaults
 * and a warning naming the file and the fault; a value that makes no sense gives that setting's
 * default and says so. Unknown keys are ignored, so an older program reads a newer file. Writing is
 * atomic.
 */
public final class SettingsFile {

  public static final String NAME = "settings.json";
  static final int FORMAT_VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final String defaultCurator;

  /**
   * @param file where the settings are kept
   * @param defaultCurator the curator name when the file names none (the OS user name)
   */
  public SettingsFile(Path file, String defaultCurator) {
    this.file = file;
    this.defaultCurator = defaultCurator;
  }

  /** The settings file in a data folder, with the OS user as default curator. */
  public static SettingsFile in(Path dataHome) {
    return new SettingsFile(dataHome.resolve(NAME), Settings.osUserName());
  }

  public Path path() {
    return file;
  }

  /**
   * What reading the file gave.
   *
   * @param existed false on a first run: there was no file
   * @param warning what was wrong with the file, for the curator; {@code null} when nothing was
   */
  public record Loaded(Settings settings, boolean existed, String warning) {}

  public Loaded load() {
    Settings defaults = Settings.defaults(defaultCurator);
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new Loaded(defaults, false, null);
    } catch (IOException | RuntimeException e) {
      return new Loaded(
          defaults,
          true,
          file + " could not be read (" + e.getMessage() + "); the default settings are used.");
    }
    JsonNode root;
    try {
      root = JSON.readTree(content);
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      return new Loaded(
          defaults,
          true,
          file
              + " is not valid JSON ("
              + e.getOriginalMessage()
              + where
              + "); the default settings are used, and saving settings replaces the file.");
    } catch (IOException e) {
      return new Loaded(
          defaults,
          true,
          file + " could not be read (" + e.getMessage() + "); the default settings are used.");
    }
    if (root == null || !root.isObject()) {
      return new Loaded(
          defaults,
          true,
          file
              + " holds no settings object (expected {\"theme\":"
              + " \"light\", …}); the default settings are used, and saving settings replaces it.");
    }
    Fields fields = new Fields(root, defaults);
    Settings settings = fields.settings();
    String warning =
        fields.problems.isEmpty()
            ? null
            : "Some settings in "
                + file
                + " were not used: "
                + String.join("; ", fields.problems)
                + ".";
    return new Loaded(settings, true, warning);
  }

  /** Writes the settings so that a crash leaves either the old file or the new, never half. */
  public void save(Settings settings) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", FORMAT_VERSION);
    root.put("device", settings.device().name().toLowerCase(Locale.ROOT));
    root.put("threads", settings.threads());
    root.put("batchSize", settings.batchSize());
    root.put("markerMode", settings.markerMode().label());
    if (settings.relationSpecs() == null) {
      root.putNull("relationSpecs");
    } else {
      root.put("relationSpecs", settings.relationSpecs().toString());
    }
    root.put("curatorName", settings.curatorName());
    root.put("theme", settings.theme().key());
    root.put("fontSize", settings.fontSize());
    root.put("showWelcomeAtStart", settings.showWelcomeAtStart());
    AtomicFiles.writeString(
        file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
  }

  /** Reads each setting on its own, so one bad value costs only that setting. */
  private static final class Fields {

    private final JsonNode root;
    private final Settings defaults;
    private final List<String> problems = new ArrayList<>();

    Fields(JsonNode root, Settings defaults) {
      this.root = root;
      this.defaults = defaults;
    }

    Settings settings() {
      DeviceChoice device =
          choice(
              "device",
              DeviceChoice.values(),
              d -> d.name().toLowerCase(Locale.ROOT),
              defaults.device());
      int threads =
          number(
              "threads",
              Settings.AUTOMATIC_THREADS,
              Settings.cores(),
              defaults.threads(),
              "0 (automatic) to " + Settings.cores() + ", this computer's" + " processors");
      int batchSize =
          number(
              "batchSize",
              Settings.MIN_BATCH_SIZE,
              Settings.MAX_BATCH_SIZE,
              defaults.batchSize(),
              Settings.MIN_BATCH_SIZE + " to " + Settings.MAX_BATCH_SIZE);
      MarkerMode markerMode =
          choice("markerMode", MarkerMode.values(), MarkerMode::label, defaults.markerMode());
      Path specs = path("relationSpecs");
      String curator = curator();
      Theme theme = choice("theme", Theme.values(), Theme::key, defaults.theme());
      int fontSize =
          number(
              "fontSize",
              Settings.MIN_FONT_SIZE,
              Settings.MAX_FONT_SIZE,
              defaults.fontSize(),
              Settings.MIN_FONT_SIZE + " to " + Settings.MAX_FONT_SIZE);
      boolean welcome = flag("showWelcomeAtStart", defaults.showWelcomeAtStart());
      return new Settings(
          device, threads, batchSize, markerMode, specs, curator, theme, fontSize, welcome);
    }

    private <T> T choice(String key, T[] values, Function<T, String> name, T fallback) {
      JsonNode node = root.get(key);
      if (node == null || node.isNull()) {
        return fallback;
      }
      for (T value : values) {
        if (node.isTextual() && name.apply(value).equalsIgnoreCase(node.asText().strip())) {
          return value;
        }
      }
      problems.add(
          key
              + " "
              + node
              + " is not one of "
              + String.join(", ", Arrays.stream(values).map(name).toList())
              + " (using "
              + name.apply(fallback)
              + ")");
      return fallback;
    }

    private int number(String key, int min, int max, int fallback, String range) {
      JsonNode node = root.get(key);
      if (node == null || node.isNull()) {
        return fallback;
      }
      if (node.isIntegralNumber()
          && node.canConvertToInt()
          && node.asInt() >= min
          && node.asInt() <= max) {
        return node.asInt();
      }
      problems.add(
          key + " " + node + " is not a whole number from " + range + " (using " + fallback + ")");
      return fallback;
    }

    private Path path(String key) {
      JsonNode node = root.get(key);
      if (node == null || node.isNull()) {
        return null;
      }
      if (node.isTextual() && !node.asText().isBlank()) {
        try {
          return Path.of(node.asText());
        } catch (InvalidPathException e) {
          problems.add(
              key
                  + " "
                  + node
                  + " is not a file path ("
                  + e.getReason()
                  + "; using the bundled specs)");
          return null;
        }
      }
      problems.add(key + " " + node + " is not a file path (using the bundled specs)");
      return null;
    }

    private String curator() {
      JsonNode node = root.get("curatorName");
      if (node == null || node.isNull()) {
        return defaults.curatorName();
      }
      String name = node.isTextual() ? node.asText().strip() : "";
      if (Settings.curatorNameProblem(name) != null) {
        problems.add(
            "curatorName "
                + node
                + " is not one line of 1 to "
                + Settings.MAX_CURATOR_NAME_LENGTH
                + " characters (using "
                + defaults.curatorName()
                + ")");
        return defaults.curatorName();
      }
      return name;
    }

    private boolean flag(String key, boolean fallback) {
      JsonNode node = root.get(key);
      if (node == null || node.isNull()) {
        return fallback;
      }
      if (node.isBoolean()) {
        return node.asBoolean();
      }
      problems.add(key + " " + node + " is not true or false (using " + fallback + ")");
      return fallback;
    }
  }
}
