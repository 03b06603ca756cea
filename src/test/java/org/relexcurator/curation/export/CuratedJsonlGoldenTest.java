package org.relexcurator.curation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.project.ProjectDatabase;

/** The JSONL export of the hand-made project, byte for byte. */
class CuratedJsonlGoldenTest {

  @TempDir Path folder;

  private ProjectDatabase project;

  @BeforeEach
  void createProject() throws CurationStoreException {
    project = HandMadeProject.create(folder.resolve("hand-made.relex"));
  }

  @AfterEach
  void closeProject() throws CurationStoreException {
    project.close();
  }

  private byte[] export(boolean all) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CuratedJsonl.write(CuratedProject.read(project).pairs(all), out);
    return out.toByteArray();
  }

  private static byte[] golden(String name) throws IOException {
    try (InputStream in = CuratedJsonlGoldenTest.class.getResourceAsStream("/export/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void everyPairExportsExactlyAsTheGoldenFile() throws Exception {
    assertThat(new String(export(true), "UTF-8"))
        .isEqualTo(new String(golden("hand-made-all.jsonl"), "UTF-8"));
    assertThat(export(true)).isEqualTo(golden("hand-made-all.jsonl"));
  }

  @Test
  void goldPairsExportExactlyAsTheGoldenFile() throws Exception {
    assertThat(export(false)).isEqualTo(golden("hand-made-gold.jsonl"));
  }

  @Test
  void charactersOutsideTheBasicPlaneAreWrittenAsUtf8NotAsEscapes() throws Exception {
    String all = new String(export(true), "UTF-8");

    assertThat(all).contains("\uD835\uDEFC-synuclein").doesNotContain("\\uD835");
  }
}
