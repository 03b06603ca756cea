package org.relexcurator.curation.project;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.relexcurator.curation.CurationStoreException;

/**
 * The right to open one project file: an exclusive operating-system lock on a sibling file ({@code
 * study.relex.lock}) that holds the owner's pid, so that a second window can say who has the
 * project.
 *
 * <p>Why a separate file rather than a lock on the database itself: SQLite takes POSIX locks on
 * byte ranges of the database, and POSIX drops every lock a process holds on a file when the
 * process closes any descriptor of it, so a lock of ours on the database file could silently
 * release SQLite's and the other way round. The operating system releases the lock when its process
 * dies however it dies, so a killed window never leaves the project locked; the file itself stays
 * (deleting a lock file races with the next process that opens it), emptied on close.
 *
 * <p>The same POSIX rule applies inside this JVM: a second channel on the lock file, closed after a
 * refused {@code tryLock}, would drop the first channel's lock. So projects open in this process
 * are refused from a set of paths before the lock file is touched.
 */
final class ProjectLock implements AutoCloseable {

  private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;

  private ProjectLock(Path key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of a project file: its name plus {@code .lock}, in the same folder. */
  static Path lockFileOf(Path projectFile) {
    return projectFile.resolveSibling(projectFile.getFileName() + ".lock");
  }

  /**
   * Takes the project, or says who has it.
   *
   * @throws ProjectInUseException if another process, or this one, has it open
   * @throws CurationStoreException if the lock file cannot be created
   */
  static ProjectLock acquire(Path projectFile) throws CurationStoreException {
    Path key = sameFileKey(projectFile);
    if (!HELD_HERE.add(key)) {
      throw new ProjectInUseException(projectFile, OptionalLong.of(ProcessHandle.current().pid()));
    }
    try {
      return lock(projectFile, key);
    } catch (CurationStoreException | RuntimeException e) {
      HELD_HERE.remove(key);
      throw e;
    }
  }

  private static ProjectLock lock(Path projectFile, Path key) throws CurationStoreException {
    Path lockFile = lockFileOf(projectFile);
    FileChannel channel;
    try {
      channel = FileChannel.open(lockFile, CREATE, READ, WRITE);
    } catch (IOException e) {
      throw new CurationStoreException(
          "Cannot create "
              + lockFile
              + ", which keeps other windows"
              + " from opening "
              + projectFile.getFileName()
              + " at the same time: "
              + e.getMessage(),
          e);
    }
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        OptionalLong owner = readPid(channel);
        channel.close();
        throw new ProjectInUseException(projectFile, owner);
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
          0);
      return new ProjectLock(key, channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new CurationStoreException("Cannot lock " + lockFile + ": " + e.getMessage(), e);
    }
  }

  /** A key that names the same file however the path was written (relative, via links). */
  private static Path sameFileKey(Path projectFile) throws CurationStoreException {
    Path absolute = projectFile.toAbsolutePath();
    try {
      return absolute.getParent().toRealPath().resolve(absolute.getFileName().toString());
    } catch (IOException e) {
      throw new CurationStoreException("The folder of " + projectFile + " is not there", e);
    }
  }

  /** The owner's pid, if it has written it yet. */
  private static OptionalLong readPid(FileChannel channel) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(32);
    channel.read(bytes, 0);
    String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.US_ASCII).strip();
    try {
      return OptionalLong.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Closing is the last thing done with the channel; the original failure is what counts.
    }
  }

  /** Empties the lock file and gives the project back. */
  @Override
  public void close() throws CurationStoreException {
    try {
      channel.truncate(0);
      lock.release();
      channel.close();
    } catch (IOException e) {
      closeQuietly(channel);
      throw new CurationStoreException(
          "Cannot release the lock on " + key + ": " + e.getMessage(), e);
    } finally {
      HELD_HERE.remove(key);
    }
  }
}
