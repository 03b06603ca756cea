package org.relexcurator.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DeviceChoice;

class SettingsTest {

  private static Settings with(int threads, int batchSize, int fontSize, String curator) {
    return new Settings(
        DeviceChoice.AUTO,
        threads,
        batchSize,
        MarkerMode.EXACT,
        null,
        curator,
        Theme.LIGHT,
        fontSize,
        false);
  }

  @Test
  void valuesAtTheEdgesOfTheirRangesAreValid() {
    assertThat(with(Settings.cores(), 1, 10, "a").threads()).isEqualTo(Settings.cores());
    assertThat(with(0, 256, 24, "a").batchSize()).isEqualTo(256);
  }

  @Test
  void valuesOutsideTheirRangesAreRefusedWithASentence() {
    assertThatThrownBy(() -> with(Settings.cores() + 1, 16, 13, "a"))
        .hasMessageStartingWith("Threads must be between 1 and " + Settings.cores());
    assertThatThrownBy(() -> with(-1, 16, 13, "a")).hasMessageStartingWith("Threads");
    assertThatThrownBy(() -> with(0, 0, 13, "a"))
        .hasMessage("Batch size must be between 1 and 256; was 0.");
    assertThatThrownBy(() -> with(0, 257, 13, "a")).hasMessageStartingWith("Batch size");
    assertThatThrownBy(() -> with(0, 16, 9, "a"))
        .hasMessage("Font size must be between 10 and 24; was 9.");
    assertThatThrownBy(() -> with(0, 16, 25, "a")).hasMessageStartingWith("Font size");
    assertThatThrownBy(() -> with(0, 16, 13, "   "))
        .hasMessage("Curator name is empty; decisions are recorded under this name.");
    assertThatThrownBy(() -> with(0, 16, 13, "x".repeat(101)))
        .hasMessageStartingWith("Curator name must be one line");
  }

  @Test
  void theCuratorNameIsKeptWithoutSurroundingSpace() {
    assertThat(with(0, 16, 13, "  Ana Müller ").curatorName()).isEqualTo("Ana Müller");
  }

  @Test
  void theModelRunsWithTheDeviceThreadsAndBatchSizeChosen() {
    Settings settings =
        new Settings(DeviceChoice.CPU, 1, 32, MarkerMode.EXACT, null, "a", Theme.DARK, 13, false);

    assertThat(settings.classifierSettings())
        .isEqualTo(new ClassifierSettings(DeviceChoice.CPU, 32, 1));
  }
}
