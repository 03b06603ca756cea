package org.relexcurator.curation.project;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;

/**
 * An open project file ({@code *.relex}): one SQLite database holding the decision log and what it
 * is about. Only one window, of one process, has a project open at a time ({@link ProjectLock}).
 *
 * <p>The database runs with a write-ahead log and {@code synchronous=FULL}, so a decision is on
 * disk when {@link CurationStore#record} returns and a process killed at any moment leaves a file
 * SQLite recovers on the next open. {@code locking_mode=EXCLUSIVE} keeps SQLite's own lock for as
 * long as the project is open, which also shuts out other SQLite programs, and lets the write-ahead
 * log work without a shared-memory file. Foreign keys are enforced.
 *
 * <p>Thread-safe: calls share one connection, one at a time.
 */
public final class ProjectDatabase implements AutoCloseable {

  /** The extension of project files. */
  public static final String EXTENSION = ".relex";

  /** Work on the connection. */
  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection connection) throws SQLException, CurationStoreException;
  }

  private final Path file;
  private final ProjectLock lock;
  private final Connection connection;
  private final Object connectionGuard = new Object();
  private final SqliteCurationStore decisions;
  private final SqliteProjectContents contents;
  private final SqliteReviewSampleStore reviewSample;
  private boolean closed;

  private ProjectDatabase(Path file, ProjectLock lock, Connection connection)
      throws CurationStoreException {
    this.file = file;
    this.lock = lock;
    this.connection = connection;
    this.contents = new SqliteProjectContents(this);
    this.reviewSample = new SqliteReviewSampleStore(this);
    this.decisions = SqliteCurationStore.load(this);
  }

  /**
   * Creates a new, empty project.
   *
   * @throws CurationStoreException if the file exists or cannot be written
   */
  public static ProjectDatabase create(Path file) throws CurationStoreException {
    if (Files.exists(file)) {
      throw new CurationStoreException(file + " already exists; open it, or choose a new name");
    }
    return start(file, true);
  }

  /**
   * Opens a project, bringing a file from an earlier version to the current layout.
   *
   * @throws ProjectInUseException if another window has it open
   * @throws CurationStoreException if it is missing, empty, read-only, not a project, damaged, or
   *     from a newer version (such a file is left untouched)
   */
  public static ProjectDatabase open(Path file) throws CurationStoreException {
    if (!Files.isRegularFile(file)) {
      throw new CurationStoreException(file + ": no such project file");
    }
    ProjectFileHeader.check(file);
    return start(file, false);
  }

  private static ProjectDatabase start(Path file, boolean create) throws CurationStoreException {
    ProjectLock lock = ProjectLock.acquire(file);
    boolean created = false;
    Connection connection = null;
    try {
      if (create) {
        createEmpty(file);
        created = true;
      } else {
        checkWritable(file);
      }
      connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      prepare(connection, file, create);
      return new ProjectDatabase(file, lock, connection);
    } catch (SQLException e) {
      abandon(file, created, connection, lock);
      throw SqliteFailure.of(file, "Could not open the project", e);
    } catch (CurationStoreException | RuntimeException e) {
      abandon(file, created, connection, lock);
      throw e;
    }
  }

  private static void createEmpty(Path file) throws CurationStoreException {
    try {
      Files.createFile(file);
    } catch (FileAlreadyExistsException e) {
      throw new CurationStoreException(file + " already exists; open it, or choose a new name", e);
    } catch (IOException e) {
      throw new CurationStoreException("Cannot create " + file + ": " + e.getMessage(), e);
    }
  }

  private static void checkWritable(Path file) throws CurationStoreException {
    if (!Files.isWritable(file)) {
      throw new CurationStoreException(
          file
              + " is read-only; a project records every decision"
              + " in its file, so the file must be writable");
    }
    Path folder = file.toAbsolutePath().getParent();
    if (!Files.isWritable(folder)) {
      throw new CurationStoreException(
          "The folder "
              + folder
              + " is read-only; a project needs"
              + " to write its journal next to "
              + file.getFileName());
    }
  }

  /** Connection settings, then the schema's checks and steps; the checks come before any write. */
  private static void prepare(Connection connection, Path file, boolean create)
      throws SQLException, CurationStoreException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA locking_mode = EXCLUSIVE");
      statement.execute("PRAGMA foreign_keys = ON");
      statement.execute("PRAGMA synchronous = FULL");
    }
    int version = Schema.readableVersion(connection, file, create);
    try (Statement statement = connection.createStatement();
        ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
      String journal = mode.next() ? mode.getString(1) : "unknown";
      if (!"wal".equalsIgnoreCase(journal)) {
        throw new CurationStoreException(
            file
                + ": SQLite cannot keep a write-ahead log for it"
                + " (journal mode "
                + journal
                + ")");
      }
    }
    Schema.migrate(connection, version, Schema.latestVersion());
  }

  /**
   * Undoes a failed start; a file this call created is deleted again. Failures here are not
   * reported: the failure to open is the one the curator needs to read.
   */
  private static void abandon(Path file, boolean created, Connection connection, ProjectLock lock) {
    try {
      if (connection != null) {
        connection.close();
      }
      if (created) {
        Files.deleteIfExists(Path.of(file + "-wal"));
        Files.deleteIfExists(file);
      }
    } catch (SQLException | IOException e) {
      // See above.
    }
    try {
      lock.close();
    } catch (CurationStoreException e) {
      // The lock goes with the process at the latest.
    }
  }

  /**
   * The file next to a project that says which process has it open ({@code study.relex.lock}). It
   * stays when the project closes; only the operating system's lock on it counts.
   */
  public static Path lockFileOf(Path projectFile) {
    return ProjectLock.lockFileOf(projectFile);
  }

  public Path file() {
    return file;
  }

  /**
   * The decision log. Closing the store only ends its use; the file stays open until this project
   * is closed.
   */
  public CurationStore decisions() {
    return decisions;
  }

  /** Documents, pairs and predictions. */
  public ProjectContents contents() {
    return contents;
  }

  /** The review sample the project was drawn as, if {@code relex sample} made it. */
  public ReviewSampleStore reviewSample() {
    return reviewSample;
  }

  /** Runs {@code work} on the connection, alone. */
  <T> T withConnection(String doing, SqlWork<T> work) throws CurationStoreException {
    synchronized (connectionGuard) {
      if (closed) {
        throw new CurationStoreException("The project " + file + " is closed");
      }
      try {
        return work.run(connection);
      } catch (SQLException e) {
        throw SqliteFailure.of(file, doing, e);
      }
    }
  }

  /** Runs {@code work} in one transaction: all of it is saved, or, if it throws, none of it. */
  <T> T inTransaction(String doing, SqlWork<T> work) throws CurationStoreException {
    return withConnection(
        doing,
        c -> {
          c.setAutoCommit(false);
          try {
            T result = work.run(c);
            c.commit();
            return result;
          } catch (SQLException | CurationStoreException | RuntimeException e) {
            c.rollback();
            throw e;
          } finally {
            c.setAutoCommit(true);
          }
        });
  }

  /**
   * Closes the decision store, then the file: SQLite folds its write-ahead log back into the
   * project file, and the project may be opened elsewhere. Closing twice does nothing.
   */
  @Override
  public void close() throws CurationStoreException {
    decisions.close();
    synchronized (connectionGuard) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        connection.close();
      } catch (SQLException e) {
        throw SqliteFailure.of(
            file, "Could not close the project cleanly (no decision is lost)", e);
      } finally {
        lock.close();
      }
    }
  }
}
