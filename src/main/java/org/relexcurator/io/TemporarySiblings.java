package org.relexcurator.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temporary files and folders written beside a target before they take its place: {@code
 * .NAME.PID.RANDOM.tmp}, and {@code .NAME.PID.RANDOM.old} for a folder moved aside, RANDOM being 13
 * base-36 digits. A process killed while writing leaves them behind; the pid in the name lets a
 * later write in the same folder tell them from those of a write still under way, and remove them.
 *
 * <p>Names of earlier versions ({@code .NAME12345.tmp}, {@code .NAME.12345} and {@code
 * .NAME.12345.old}) carry no pid, and a pattern that loose is only trusted with the name of the
 * target being written: they are left over when older than this process.
 *
 * <p>Looking for leftovers lists the folder, so a folder is looked at most once a minute: a
 * conversion writing thousands of files into one folder would otherwise list it once per file.
 */
final class TemporarySiblings {

  private static final String OWNER_ONLY_FILE = "rw-------";
  private static final String OWNER_ONLY_FOLDER = "rwx------";

  /** A name this class gives, whatever the target: the pid is group 1. */
  private static final Pattern WITH_PID =
      Pattern.compile("\\..+\\.(\\d+)\\.[0-9a-z]{13}\\.(?:tmp|old)");

  private static final long LOOK_AGAIN_AFTER_NANOS = TimeUnit.MINUTES.toNanos(1);

  /** When each folder was last looked at for leftovers, in {@link System#nanoTime}. */
  private static final Map<Path, Long> LOOKED_AT = new ConcurrentHashMap<>();

  private final Path folder;
  private final String name;

  /** The temporaries of {@code target}, an absolute path. */
  TemporarySiblings(Path target) {
    this.folder = target.getParent();
    this.name = target.getFileName().toString();
  }

  /** A new, empty temporary file that only its owner can read. */
  Path newFile() throws IOException {
    while (true) {
      try {
        return Files.createFile(fresh("tmp"), ownerOnly(OWNER_ONLY_FILE));
      } catch (FileAlreadyExistsException e) {
        // Another write of this process drew the same random part; draw again.
      }
    }
  }

  /** A new, empty temporary folder that only its owner can read. */
  Path newFolder() throws IOException {
    while (true) {
      try {
        return Files.createDirectory(fresh("tmp"), ownerOnly(OWNER_ONLY_FOLDER));
      } catch (FileAlreadyExistsException e) {
        // As above.
      }
    }
  }

  /** Where a folder about to be replaced waits until its successor is in place. */
  Path aside() {
    return fresh("old");
  }

  private Path fresh(String suffix) {
    // 13 base-36 digits hold any 64-bit number; a fixed width keeps the names recognisable.
    String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    return folder.resolve(
        "."
            + name
            + "."
            + ProcessHandle.current().pid()
            + "."
            + "0".repeat(13 - random.length())
            + random
            + "."
            + suffix);
  }

  private FileAttribute<?>[] ownerOnly(String permissions) {
    return folder.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }

  /**
   * Deletes the temporaries in the target's folder that no running write owns: their process has
   * ended, or its pid now names a process started after they were last written. One that cannot be
   * deleted stays; the write that calls this has succeeded, and that is what counts.
   */
  void removeLeftovers() {
    long now = System.nanoTime();
    Long before = LOOKED_AT.put(folder, now);
    if (before != null && now - before < LOOK_AGAIN_AFTER_NANOS) {
      return;
    }
    for (Path leftover : leftovers()) {
      try {
        deleteTree(leftover);
      } catch (IOException e) {
        // Tried again by a later write in the same folder.
      }
    }
  }

  private List<Path> leftovers() {
    Pattern earlierVersion =
        Pattern.compile("\\." + Pattern.quote(name) + "(?:\\d+\\.tmp|\\.\\d+(?:\\.old)?)");
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(folder, ".*")) {
      for (Path sibling : siblings) {
        String fileName = sibling.getFileName().toString();
        Matcher withPid = WITH_PID.matcher(fileName);
        if (withPid.matches()
            ? isLeftover(sibling, withPid.group(1))
            : earlierVersion.matcher(fileName).matches() && isLeftover(sibling, null)) {
          leftovers.add(sibling);
        }
      }
    } catch (IOException e) {
      // An unreadable folder: nothing to tidy that we could tell.
    }
    return leftovers;
  }

  /**
   * @param pid the pid in the name; null for a name of an earlier version
   */
  private static boolean isLeftover(Path temporary, String pid) throws IOException {
    long number = pid == null ? ProcessHandle.current().pid() : parsePid(pid);
    Optional<ProcessHandle> owner = number < 0 ? Optional.empty() : ProcessHandle.of(number);
    if (owner.isEmpty()) {
      return true;
    }
    Optional<Instant> started = owner.get().info().startInstant();
    Instant written = Files.getLastModifiedTime(temporary, LinkOption.NOFOLLOW_LINKS).toInstant();
    return started.isPresent() && written.isBefore(started.get());
  }

  private static long parsePid(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Deletes a file, or a folder and everything below it; links are deleted, not followed. */
  static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    }
  }
}
