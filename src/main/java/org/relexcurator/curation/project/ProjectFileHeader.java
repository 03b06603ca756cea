package org.relexcurator.curation.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.relexcurator.curation.CurationStoreException;

/**
 * What the first bytes of a file say about it being a project, read before SQLite or the lock touch
 * anything: SQLite would take an empty file for a new database and make a project of it, and the
 * lock would leave a file beside one that is not a project at all.
 *
 * <p>The header holds the application id that marks a project ({@link Schema#APPLICATION_ID}),
 * except in a project created by a process killed before its first checkpoint: that id is still in
 * the write-ahead log beside it, so with a log the header's id is left to SQLite to tell.
 */
final class ProjectFileHeader {

  /** The first 16 bytes of every SQLite database file. */
  private static final byte[] SQLITE_MAGIC =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  /** Where SQLite's header keeps {@code PRAGMA application_id}, a big-endian int. */
  private static final int APPLICATION_ID_OFFSET = 68;

  private static final int HEADER_SIZE = 100;

  private ProjectFileHeader() {}

  /**
   * @throws CurationStoreException if the file is empty, not an SQLite database, or another
   *     program's database; the file is not changed
   */
  static void check(Path file) throws CurationStoreException {
    byte[] header;
    try (InputStream in = Files.newInputStream(file)) {
      header = in.readNBytes(HEADER_SIZE);
    } catch (IOException e) {
      throw new CurationStoreException(file + " cannot be read: " + e.getMessage(), e);
    }
    if (header.length == 0) {
      throw new CurationStoreException(
          file + " is empty (0 bytes), not a RelEx Curator project;" + " it is left as it is");
    }
    if (header.length < HEADER_SIZE
        || !Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
      throw new CurationStoreException(
          file
              + " is not a RelEx Curator project (not an SQLite"
              + " database); it is left as it is");
    }
    int applicationId = ByteBuffer.wrap(header, APPLICATION_ID_OFFSET, 4).getInt();
    if (applicationId != Schema.APPLICATION_ID && !hasWriteAheadLog(file)) {
      throw Schema.notAProject(file);
    }
  }

  private static boolean hasWriteAheadLog(Path file) {
    Path log = Path.of(file + "-wal");
    try {
      return Files.isRegularFile(log) && Files.size(log) > 0;
    } catch (IOException e) {
      return true;
    }
  }
}
