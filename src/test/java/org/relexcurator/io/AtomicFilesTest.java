package org.relexcurator.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path folder;

  @Test
  void aFailedWriteLeavesTheOldContentAndNoTemporaryFile() throws IOException {
    Path target = folder.resolve("gold.jsonl");
    Files.writeString(target, "old\n");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write("half of the new".getBytes());
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");

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

    assertThatThrownBy(
            () ->
                AtomicFiles.writeFolder(
                    target,
                    inside -> {
                      Files.writeString(inside.resolve("a.ann"), "half of the new");
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");

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
    assertThatThrownBy(() -> AtomicFiles.writeFolder(file, inside -> {}))
        .hasMessage(file + " is a file, not a folder");
    assertThat(Files.readString(file)).isEqualTo("keep");
  }

  /** The pid of a process that has ended. */
  private static long endedPid() throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    process.waitFor();
    return process.pid();
  }

  private Path oldFile(String name) throws IOException {
    Path file = Files.writeString(folder.resolve(name), "half");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
    return file;
  }

  /** The name a write by process {@code pid} gives a temporary of {@code target}. */
  private static String temporary(String target, long pid, String suffix) {
    return "." + target + "." + pid + ".0123456789xyz." + suffix;
  }

  @Test
  void temporariesOfAKilledWriteAreRemovedByTheNextWriteInTheFolder() throws Exception {
    Path target = folder.resolve("gold.jsonl");
    long me = ProcessHandle.current().pid();
    long ended = endedPid();
    Path killed = Files.writeString(folder.resolve(temporary("gold.jsonl", ended, "tmp")), "x");
    Path killedOther = Files.writeString(folder.resolve(temporary("b.csv", ended, "tmp")), "x");
    Path reusedPid = oldFile(temporary("gold.jsonl", me, "tmp"));
    Path earlierVersion = oldFile(".gold.jsonl8150263478.tmp");
    Path killedFolderWrite =
        Files.createDirectories(folder.resolve(temporary("gold.jsonl", 55, "old")).resolve("d"));
    Files.setLastModifiedTime(
        killedFolderWrite.getParent(), FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
    Path writeUnderWay =
        Files.writeString(
            folder.resolve(temporary("gold.jsonl", me, "tmp").replace("xyz", "xy0")), "x");
    Path earlierVersionOfAnother = oldFile(".other.jsonl8150263478.tmp");
    Path notOurs = oldFile(".notes.2024.v1.old");

    AtomicFiles.writeString(target, "new");

    assertThat(killed).doesNotExist();
    assertThat(killedOther).doesNotExist();
    assertThat(reusedPid).doesNotExist();
    assertThat(earlierVersion).doesNotExist();
    assertThat(killedFolderWrite.getParent()).doesNotExist();
    assertThat(writeUnderWay).exists();
    assertThat(earlierVersionOfAnother).exists();
    assertThat(notOurs).exists();
    assertThat(Files.readString(target)).isEqualTo("new");
  }

  @Test
  void aFolderWriteRemovesWhatAKilledFolderWriteLeft() throws Exception {
    Path target = folder.resolve("brat");
    Path killed =
        Files.createDirectories(
            folder.resolve(temporary("brat", endedPid(), "tmp")).resolve("a.ann"));

    AtomicFiles.writeFolder(target, inside -> Files.writeString(inside.resolve("b.ann"), "new"));

    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
    assertThat(killed).doesNotExist();
  }

  @Test
  void aFolderThatCannotBeMadeIsNamedWithTheReason() throws IOException {
    Path file = Files.writeString(folder.resolve("notes.txt"), "keep");
    Path target = file.resolve("out/gold.jsonl");

    assertThatThrownBy(() -> AtomicFiles.writeString(target, "new"))
        .hasMessage(
            "cannot write "
                + target
                + ": the folder "
                + target.getParent()
                + " cannot be made: "
                + file
                + " is a file, not a folder");
    assertThat(Files.readString(file)).isEqualTo("keep");
  }

  @Test
  void aFolderWithoutWritePermissionIsNamedWithTheReasonAndNoTemporaryPath() throws IOException {
    Path locked = Files.createDirectories(folder.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    assumeFalse(Files.isWritable(locked), "the superuser may write anywhere");
    Path target = locked.resolve("gold.jsonl");

    assertThatThrownBy(() -> AtomicFiles.writeString(target, "new"))
        .hasMessage(
            "cannot write "
                + target
                + ": the folder "
                + locked
                + " is not writable (permission denied)");
  }

  @Test
  void aReadOnlyFileSystemIsSaidInWords() {
    assertThat(
            AtomicFiles.whyUnwritable(
                folder, new FileSystemException(folder + "/x.tmp", null, "Read-only file system")))
        .isEqualTo("is not writable (read-only file system)");
  }
}
