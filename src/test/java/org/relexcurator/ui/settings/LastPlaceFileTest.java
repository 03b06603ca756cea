package org.relexcurator.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastPlaceFileTest {

  @TempDir Path temp;

  @Test
  void aSavedPlaceReadsBackAsItWasWritten() throws Exception {
    LastPlaceFile file = LastPlaceFile.in(temp.resolve("data"));
    LastPlace place =
        new LastPlace(temp.resolve("p.relex"), temp.resolve("c.pubtator"), "123", "123|T1|T2");

    file.save(place);

    assertThat(file.load()).isEqualTo(new LastPlaceFile.Loaded(place, null));
  }

  @Test
  void aMissingFileIsNowhereWithoutAWarning() {
    assertThat(LastPlaceFile.in(temp).load())
        .isEqualTo(new LastPlaceFile.Loaded(LastPlace.NOWHERE, null));
  }

  @Test
  void aDamagedFileIsNowhereWithAWarningNamingTheFile() throws Exception {
    Path path = Files.writeString(temp.resolve(LastPlaceFile.NAME), "{\"corpus\": ");

    LastPlaceFile.Loaded loaded = new LastPlaceFile(path).load();

    assertThat(loaded.place()).isEqualTo(LastPlace.NOWHERE);
    assertThat(loaded.warning()).startsWith(path + " is not valid JSON (").endsWith("replaces it.");
  }
}
