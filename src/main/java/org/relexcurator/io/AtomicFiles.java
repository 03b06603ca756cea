package org.relexcurator.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a file so that readers see either the old content or the new, never a half-written one:
 * the content goes to a temporary file in the same folder, is forced to disk, then moved into place.
 * A folder of files is written the same way, as a whole ({@link #writeFolder}).
 */
public final class AtomicFiles {

  /** Writes the content of a file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes the files of a folder. */
  @FunctionalInterface
  public interface FolderContent {
    void writeInto(Path folder) throws IOException;
  }

  private AtomicFiles() {}

  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
    try {
      keepOrGrantReadPermissions(temp, absolute);
      try (var channel = java.nio.channels.FileChannel.open(temp,
              java.nio.file.StandardOpenOption.WRITE);
          OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
        OutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
        content.writeTo(buffered);
        buffered.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Temporary files are created owner-only; the file that replaces a target keeps the target's
   * permissions, and a new file gets the usual {@code rw-r--r--}.
   */
  private static void keepOrGrantReadPermissions(Path temp, Path target) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }

  /**
   * Replaces a folder with new content: the content is written into a temporary folder beside it,
   * which then takes the folder's place, so that a failed write leaves the old folder as it was
   * and no reader sees half of the new one. An existing folder is moved aside first and deleted
   * once the new one is in place (a folder that holds files cannot be renamed over), so for an
   * instant the target is absent rather than mixed.
   *
   * @throws IOException if the target is a file, or if writing or moving fails
   */
  public static void writeFolder(Path target, FolderContent content) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new IOException(target + " is a file, not a folder");
    }
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".");
    try {
      keepOrGrantFolderPermissions(temp, absolute);
      content.writeInto(temp);
      if (Files.exists(absolute)) {
        Path aside = parent.resolve(temp.getFileName() + ".old");
        Files.move(absolute, aside, StandardCopyOption.ATOMIC_MOVE);
        try {
          Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          Files.move(aside, absolute, StandardCopyOption.ATOMIC_MOVE);
          throw e;
        }
        deleteTree(aside);
      } else {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
      }
    } finally {
      deleteTree(temp);
    }
  }

  private static void keepOrGrantFolderPermissions(Path temp, Path target) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rwxr-xr-x");
    Files.setPosixFilePermissions(temp, permissions);
  }

  /** Deletes a folder and everything below it; links are deleted, not followed. */
  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
