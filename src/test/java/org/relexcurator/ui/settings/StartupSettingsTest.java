package org.relexcurator.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.djl.DeviceChoice;

class StartupSettingsTest {

  @TempDir Path dir;

  private SettingsFile file() {
    return new SettingsFile(dir.resolve("settings.json"), "alice");
  }

  private static Settings with(Path specs, MarkerMode mode, boolean welcome) {
    return new Settings(DeviceChoice.AUTO, 0, 16, mode, specs, "alice", Theme.LIGHT, 13, welcome);
  }

  @Test
  void aFirstRunShowsTheWelcomeScreenAndALaterOneOnlyWhenAskedTo() throws Exception {
    assertThat(StartupSettings.load(file()).firstRun()).isTrue();
    assertThat(StartupSettings.load(file()).showWelcome()).isTrue();

    file().save(with(null, MarkerMode.EXACT, false));
    assertThat(StartupSettings.load(file()).showWelcome()).isFalse();

    file().save(with(null, MarkerMode.EXACT, true));
    assertThat(StartupSettings.load(file()).showWelcome()).isTrue();
  }

  @Test
  void theCorpusIsPreparedWithTheSavedMarkerModeAndSpecs() throws Exception {
    Path specs = Files.writeString(dir.resolve("specs.json"), "{\"Gene|Gene\": [\"binds_to\"]}");
    file().save(with(specs, MarkerMode.ALL_OCCURRENCES, false));

    StartupSettings startup = StartupSettings.load(file());

    assertThat(startup.warning()).isNull();
    assertThat(startup.preparation().markerMode()).isEqualTo(MarkerMode.ALL_OCCURRENCES);
    assertThat(startup.specs().typePairs()).containsExactly("Gene|Gene");
  }

  @Test
  void specsThatCannotBeReadFallBackToTheBundledOnesWithAWarning() throws Exception {
    Path missing = dir.resolve("gone.json");
    file().save(with(missing, MarkerMode.EXACT, false));

    StartupSettings startup = StartupSettings.load(file());

    assertThat(startup.warning())
        .startsWith("The relation specs in the settings cannot be used (" + missing)
        .endsWith("the bundled synthetic_relex specs are used instead.");
    assertThat(startup.specs().typePairs()).hasSizeGreaterThan(1);
  }
}
