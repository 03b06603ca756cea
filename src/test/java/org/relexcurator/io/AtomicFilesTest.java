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

  @Test
  void aFailedFolderWriteLeavesTheOldFolderAsItWasAndNoTemporaryFolder() throws IOException {
    Path target = folder.resolve("brat");
    Files.createDirectories(target);
    Files.writeString(target.resolve("a.ann"), "old");

    assertThatThrownBy(() -> AtomicFiles.writeFolder(target, inside -> {
      Files.writeString(inside.resolve("a.ann"), "half of the new");
      throw new IOException("disk full");
    })).hasMessage("disk full");

    assertThat(Files.readString(target.resolve("a.ann"))).isEqualTo("old");
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aFolderWriteReplacesTheWholeFolderAndKeepsItsPermissions() throws IOException {
    Path target = folder.resolve("brat");
    Files.createDirectories(target.resolve("deep"));
    Files.writeString(target.resolve("deep/stale.ann"), "stale");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));

    AtomicFiles.writeFolder(target, inside -> Files.writeString(inside.resolve("b.ann"), "new"));

    try (var files = Files.list(target)) {
      assertThat(files).containsExactly(target.resolve("b.ann"));
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rwx------");
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aNewFolderIsReadableByOthersAndAFileIsNeverTakenForAFolder() throws IOException {
    Path fresh = folder.resolve("new");
    AtomicFiles.writeFolder(fresh, inside -> Files.writeString(inside.resolve("x.txt"), "x"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
        .isEqualTo("rwxr-xr-x");

    Path file = folder.resolve("file");
    Files.writeString(file, "keep");
    assertThatThrownBy(() -> AtomicFiles.writeFolder(file, inside -> { }))
        .hasMessage(file + " is a file, not a folder");
    assertThat(Files.readString(file)).isEqualTo("keep");
  }
}
