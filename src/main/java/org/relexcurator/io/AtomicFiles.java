package org.relexcurator.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a file so that readers see either the old content or the new, never a half-written one:
 * the content goes to a temporary file in the same folder, is forced to disk, then moved into
 * place. A folder of files is written the same way, as a whole ({@link #writeFolder}). Temporaries
 * that a killed process left beside a target are removed by a later write into the same folder
 * ({@link TemporarySiblings}).
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

  /**
   * @throws IOException from the content, or one that names the target's folder and why nothing can
   *     be written there (permission denied, read-only file system, a file in the way)
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    TemporarySiblings temporaries = new TemporarySiblings(absolute);
    Path temp = inWritableFolder(target, temporaries::newFile);
    try {
      keepOrGrantReadPermissions(temp, absolute);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        content.writeTo(buffered);
        buffered.flush();
        channel.force(true);
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    temporaries.removeLeftovers();
  }

  /** Makes a temporary beside the target, creating missing folders first. */
  private static Path inWritableFolder(Path target, TemporaryMaker maker) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    try {
      Files.createDirectories(folder);
      return maker.make();
    } catch (IOException e) {
      throw new IOException(
          "cannot write " + target + ": the folder " + folder + " " + whyUnwritable(folder, e), e);
    }
  }

  @FunctionalInterface
  private interface TemporaryMaker {
    Path make() throws IOException;
  }

  /** Why a folder could not be made or written in, in words; the folder is the caller's to name. */
  static String whyUnwritable(Path folder, IOException e) {
    for (Path above = folder; above != null; above = above.getParent()) {
      if (Files.exists(above) && !Files.isDirectory(above)) {
        return "cannot be made: " + above + " is a file, not a folder";
      }
    }
    if (e instanceof AccessDeniedException) {
      return "is not writable (permission denied)";
    }
    if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return "is not writable (" + fileSystem.getReason().toLowerCase(Locale.ROOT) + ")";
    }
    return "is not writable (" + e.getMessage() + ")";
  }

  /**
   * Temporary files are created owner-only; the file that replaces a target keeps the target's
   * permissions, and a new file gets the usual {@code rw-r--r--}.
   */
  private static void keepOrGrantReadPermissions(Path temp, Path target) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }

  /**
   * Replaces a folder with new content: the content is written into a temporary folder beside it,
   * which then takes the folder's place, so that a failed write leaves the old folder as it was and
   * no reader sees half of the new one. An existing folder is moved aside first and deleted once
   * the new one is in place (a folder that holds files cannot be renamed over), so for an instant
   * the target is absent rather than mixed.
   *
   * @throws IOException if the target is a file, if its folder cannot be written (saying why), or
   *     if writing or moving fails
   */
  public static void writeFolder(Path target, FolderContent content) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new IOException(target + " is a file, not a folder");
    }
    TemporarySiblings temporaries = new TemporarySiblings(absolute);
    Path temp = inWritableFolder(target, temporaries::newFolder);
    try {
      keepOrGrantFolderPermissions(temp, absolute);
      content.writeInto(temp);
      if (Files.exists(absolute)) {
        Path aside = temporaries.aside();
        Files.move(absolute, aside, StandardCopyOption.ATOMIC_MOVE);
        try {
          Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          Files.move(aside, absolute, StandardCopyOption.ATOMIC_MOVE);
          throw e;
        }
        TemporarySiblings.deleteTree(aside);
      } else {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
      }
    } finally {
      TemporarySiblings.deleteTree(temp);
    }
    temporaries.removeLeftovers();
  }

  private static void keepOrGrantFolderPermissions(Path temp, Path target) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rwxr-xr-x");
    Files.setPosixFilePermissions(temp, permissions);
  }

  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }
}
