package org.relexcurator.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.djl.DeviceChoice;

class SettingsFileTest {

  @TempDir Path dir;

  private SettingsFile file() {
    return new SettingsFile(dir.resolve("data/settings.json"), "alice");
  }

  private Path write(String json) throws Exception {
    Path path = dir.resolve("data/settings.json");
    Files.createDirectories(path.getParent());
    Files.writeString(path, json, StandardCharsets.UTF_8);
    return path;
  }

  private static Settings custom() {
    return new Settings(
        DeviceChoice.CPU,
        1,
        64,
        MarkerMode.ALL_OCCURRENCES,
        Path.of("/specs/my specs.json"),
        "Ana Müller",
        Theme.DARK,
        16,
        true);
  }

  @Test
  void noFileIsAFirstRunWithTheDefaultsAndNoWarning() {
    SettingsFile.Loaded loaded = file().load();

    assertThat(loaded.existed()).isFalse();
    assertThat(loaded.warning()).isNull();
    assertThat(loaded.settings()).isEqualTo(Settings.defaults("alice"));
    assertThat(loaded.settings().curatorName()).isEqualTo("alice");
    assertThat(loaded.settings().theme()).isEqualTo(Theme.LIGHT);
    assertThat(loaded.settings().fontSize()).isEqualTo(13);
  }

  @Test
  void savedSettingsReadBackTheSame() throws Exception {
    SettingsFile file = file();

    file.save(custom());
    SettingsFile.Loaded loaded = file.load();

    assertThat(loaded.existed()).isTrue();
    assertThat(loaded.warning()).isNull();
    assertThat(loaded.settings()).isEqualTo(custom());
    assertThat(Files.readString(file.path()))
        .contains("\"theme\" : \"dark\"")
        .contains("\"markerMode\" : \"all-occurrences\"")
        .contains("\"device\" : \"cpu\"");
  }

  @Test
  void savingReplacesTheFileWholeAndLeavesNoTemporaryFileBehind() throws Exception {
    SettingsFile file = file();
    file.save(Settings.defaults("alice"));

    file.save(custom());

    try (Stream<Path> files = Files.list(file.path().getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
    }
    assertThat(file.load().settings()).isEqualTo(custom());
  }

  @Test
  void aFileThatIsNotJsonGivesTheDefaultsAndAWarningNamingTheFileAndTheFault() throws Exception {
    Path path = write("{\"theme\": \"dark\",\n  \"fontSize\": 1");

    SettingsFile.Loaded loaded = file().load();

    assertThat(loaded.settings()).isEqualTo(Settings.defaults("alice"));
    assertThat(loaded.existed()).isTrue();
    assertThat(loaded.warning())
        .startsWith(path + " is not valid JSON (")
        .contains("at line 2")
        .endsWith("the default settings are used, and saving settings" + " replaces the file.");
  }

  @Test
  void randomBytesNeverThrow() throws Exception {
    byte[] noise = new byte[512];
    new java.util.Random(7).nextBytes(noise);
    Path path = dir.resolve("data/settings.json");
    Files.createDirectories(path.getParent());
    Files.write(path, noise);

    SettingsFile.Loaded loaded = file().load();

    assertThat(loaded.settings()).isEqualTo(Settings.defaults("alice"));
    assertThat(loaded.warning()).startsWith(path.toString());
  }

  @Test
  void aJsonArrayIsNoSettingsObject() throws Exception {
    Path path = write("[1, 2]");

    SettingsFile.Loaded loaded = file().load();

    assertThat(loaded.settings()).isEqualTo(Settings.defaults("alice"));
    assertThat(loaded.warning()).startsWith(path + " holds no settings object");
  }

  @Test
  void aFolderWhereTheFileShouldBeIsUnreadableAndSaid() throws Exception {
    Path path = Files.createDirectories(dir.resolve("data/settings.json"));

    SettingsFile.Loaded loaded = file().load();

    assertThat(loaded.settings()).isEqualTo(Settings.defaults("alice"));
    assertThat(loaded.warning()).startsWith(path + " could not be read (");
  }

  @Test
  void valuesOutOfRangeFallBackOneByOneAndTheWarningNamesEach() throws Exception {
    Path path =
        write(
            """
        {"device": "tpu", "threads": 100000, "batchSize": 1000, "markerMode": "exact",
         "curatorName": "  bob  ", "theme": "dark", "fontSize": 9, "showWelcomeAtStart": "yes"}
        """);

    SettingsFile.Loaded loaded = file().load();

    Settings settings = loaded.settings();
    assertThat(settings.device()).isEqualTo(DeviceChoice.AUTO);
    assertThat(settings.threads()).isEqualTo(Settings.AUTOMATIC_THREADS);
    assertThat(settings.batchSize()).isEqualTo(16);
    assertThat(settings.fontSize()).isEqualTo(13);
    assertThat(settings.showWelcomeAtStart()).isFalse();
    assertThat(settings.theme()).isEqualTo(Theme.DARK);
    assertThat(settings.curatorName()).isEqualTo("bob");
    assertThat(loaded.warning())
        .startsWith("Some settings in " + path + " were not used: ")
        .contains("device \"tpu\" is not one of cpu, gpu, auto (using auto)")
        .contains("threads 100000 is not a whole number from 0 (automatic) to")
        .contains("batchSize 1000 is not a whole number from 1 to 256 (using 16)")
        .contains("fontSize 9 is not a whole number from 10 to 24 (using 13)")
        .contains("showWelcomeAtStart \"yes\" is not true or false (using false)");
  }

  @Test
  void unknownKeysAreIgnoredAndMissingKeysTakeTheirDefaults() throws Exception {
    write("{\"theme\": \"DARK\", \"futureSetting\": {\"x\": 1}, \"version\": 7}");

    SettingsFile.Loaded loaded = file().load();

    assertThat(loaded.warning()).isNull();
    assertThat(loaded.settings().theme()).isEqualTo(Theme.DARK);
    assertThat(loaded.settings().curatorName()).isEqualTo("alice");
    assertThat(loaded.settings().batchSize()).isEqualTo(16);
  }

  @Test
  void aBlankOrMultiLineCuratorNameIsReplacedByTheDefault() throws Exception {
    write("{\"curatorName\": \"a\\nb\"}");

    SettingsFile.Loaded loaded = file().load();

    assertThat(loaded.settings().curatorName()).isEqualTo("alice");
    assertThat(loaded.warning()).contains("curatorName \"a\\nb\" is not one line");
  }
}
