package org.relexcurator.curation.project;

import java.nio.file.Path;
import java.sql.SQLException;
import org.relexcurator.curation.CurationStoreException;

/** Turns SQLite's result codes into sentences a curator can act on. */
final class SqliteFailure {

  private SqliteFailure() {}

  /**
   * @param doing what failed, as the start of a sentence ("Could not save the decision")
   */
  static CurationStoreException of(Path file, String doing, SQLException e) {
    return new CurationStoreException(doing + ": " + reason(file, e), e);
  }

  private static String reason(Path file, SQLException e) {
    // sqlite-jdbc reports the primary result code; extended codes keep it in the low byte.
    return switch (e.getErrorCode() & 0xff) {
      case 5, 6 -> file + " is in use by another program";
      case 8 -> file + " is read-only";
      case 10 -> "the disk reported an error on " + file + " (" + e.getMessage() + ")";
      case 11 -> file + " is damaged (" + e.getMessage() + ")";
      case 13 -> "the disk holding " + file + " is full";
      case 14 -> "cannot open " + file;
      case 26 -> file + " is not a RelEx Curator project";
      default -> e.getMessage() + " in " + file;
    };
  }
}
