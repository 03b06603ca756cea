package org.relexcurator.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path folder;

  @Test
  void aFailedWriteLeavesTheOldContentAndNoTemporaryFile() throws IOException {
    Path target = folder.resolve("gold.jsonl");
    Files.writeString(target, "old\n");

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("half of the new".getBytes());
      throw new IOException("disk full");
    })).hasMessage("disk full");

    assertThat(Files.readString(target)).isEqualTo("old\n");
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void newFilesAreReadableByOthersAndReplacedFilesKeepTheirPermissions() throws IOException {
    Path fresh = folder.resolve("new.txt");
    AtomicFiles.writeString(fresh, "a");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
        .isEqualTo("rw-r--r--");

    Path privateFile = folder.resolve("private.txt");
    Files.writeString(privateFile, "x");
    Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
    AtomicFiles.writeString(privateFile, "y");
    assertThat(Files.readString(privateFile)).isEqualTo("y");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile)))
        .isEqualTo("rw-------");
  }
}
