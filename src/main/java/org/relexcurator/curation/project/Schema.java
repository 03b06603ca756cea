package org.relexcurator.curation.project;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.relexcurator.curation.CurationStoreException;

/**
 * The tables of a project file and how a file reaches the newest layout. The version is SQLite's
 * {@code user_version}; {@code application_id} marks the file as a RelEx Curator project, so that
 * any other SQLite database is refused rather than written to.
 */
final class Schema {

  /** "Relx" in ASCII. */
  static final int APPLICATION_ID = 0x52656C78;

  private static final String APPEND_ONLY =
      "SELECT RAISE(ABORT, 'the decision log is append-only')";

  /**
   * The columns of the decision log since version 1; a rebuild copies exactly these (a rebuild that
   * adds columns leaves them empty in the rows it copies).
   */
  private static final String DECISION_COLUMNS =
      "sequence, pair_key, curator, action, label,"
          + " predicted_label, predicted_score, reason, note, time, time_spent_nanos, refers_to";

  static final List<Migration> MIGRATIONS =
      List.of(
          new Migration(
              1,
              "the decision log, append-only",
              List.of(
                  "PRAGMA application_id = " + APPLICATION_ID,
                  """
          CREATE TABLE decisions (
            sequence INTEGER PRIMARY KEY CHECK (sequence > 0),
            pair_key TEXT NOT NULL,
            curator TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('ACCEPTED', 'CORRECTED', 'REJECTED',
                'SKIPPED', 'FLAGGED', 'UNDONE', 'REDONE')),
            label TEXT,
            predicted_label TEXT,
            predicted_score REAL,
            reason TEXT,
            note TEXT NOT NULL,
            time TEXT NOT NULL,
            time_spent_nanos INTEGER NOT NULL CHECK (time_spent_nanos >= 0),
            refers_to INTEGER REFERENCES decisions (sequence)
          ) STRICT""",
                  "CREATE TRIGGER decisions_are_never_changed BEFORE UPDATE ON decisions BEGIN "
                      + APPEND_ONLY
                      + "; END",
                  "CREATE TRIGGER decisions_are_never_deleted BEFORE DELETE ON decisions BEGIN "
                      + APPEND_ONLY
                      + "; END")),
          new Migration(
              2,
              "documents, candidate pairs, models and their predictions",
              List.of(
                  """
          CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            source_path TEXT,
            content_hash TEXT,
            format TEXT
          ) STRICT""",
                  """
          CREATE TABLE pairs (
            key TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents (id),
            e1_id TEXT NOT NULL,
            e1_spans TEXT NOT NULL,
            e1_type TEXT NOT NULL,
            e2_id TEXT NOT NULL,
            e2_spans TEXT NOT NULL,
            e2_type TEXT NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            marked_text TEXT NOT NULL,
            marker_mode TEXT NOT NULL
          ) STRICT""",
                  "CREATE INDEX pairs_by_document ON pairs (document_id)",
                  """
          CREATE TABLE models (
            fingerprint TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            folder TEXT
          ) STRICT""",
                  """
          CREATE TABLE predictions (
            id INTEGER PRIMARY KEY,
            pair_key TEXT NOT NULL REFERENCES pairs (key),
            model TEXT NOT NULL REFERENCES models (fingerprint),
            label TEXT NOT NULL,
            score REAL NOT NULL,
            scores TEXT NOT NULL CHECK (json_valid(scores)),
            logits TEXT NOT NULL CHECK (json_valid(logits)),
            time TEXT NOT NULL
          ) STRICT""",
                  "CREATE INDEX predictions_by_pair ON predictions (pair_key, id)",
                  "CREATE INDEX predictions_by_model ON predictions (model)")),
          new Migration(
              3,
              "adjudicated decisions: the action check admits ADJUDICATED",
              List.of(
                  """
          CREATE TABLE decisions_v3 (
            sequence INTEGER PRIMARY KEY CHECK (sequence > 0),
            pair_key TEXT NOT NULL,
            curator TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('ACCEPTED', 'CORRECTED', 'REJECTED',
                'SKIPPED', 'FLAGGED', 'UNDONE', 'REDONE', 'ADJUDICATED')),
            label TEXT,
            predicted_label TEXT,
            predicted_score REAL,
            reason TEXT,
            note TEXT NOT NULL,
            time TEXT NOT NULL,
            time_spent_nanos INTEGER NOT NULL CHECK (time_spent_nanos >= 0),
            refers_to INTEGER REFERENCES decisions (sequence)
          ) STRICT""",
                  "INSERT INTO decisions_v3 ("
                      + DECISION_COLUMNS
                      + ") SELECT "
                      + DECISION_COLUMNS
                      + " FROM decisions ORDER BY sequence",
                  // Dropping a table drops its triggers first, so the append-only ones do not fire.
                  "DROP TABLE decisions",
                  "ALTER TABLE decisions_v3 RENAME TO decisions",
                  "CREATE TRIGGER decisions_are_never_changed BEFORE UPDATE ON decisions BEGIN "
                      + APPEND_ONLY
                      + "; END",
                  "CREATE TRIGGER decisions_are_never_deleted BEFORE DELETE ON decisions BEGIN "
                      + APPEND_ONLY
                      + "; END"),
              true),
          new Migration(
              4,
              "what an export needs without the corpus: the mentions' text, concept ids"
                  + " and corpus types of each pair, and which models are test models",
              List.of(
                  "ALTER TABLE pairs ADD COLUMN e1_text TEXT",
                  "ALTER TABLE pairs ADD COLUMN e1_concept_ids TEXT"
                      + " CHECK (e1_concept_ids IS NULL OR json_valid(e1_concept_ids))",
                  "ALTER TABLE pairs ADD COLUMN e1_source_type TEXT",
                  "ALTER TABLE pairs ADD COLUMN e2_text TEXT",
                  "ALTER TABLE pairs ADD COLUMN e2_concept_ids TEXT"
                      + " CHECK (e2_concept_ids IS NULL OR json_valid(e2_concept_ids))",
                  "ALTER TABLE pairs ADD COLUMN e2_source_type TEXT",
                  "ALTER TABLE models ADD COLUMN test_model INTEGER NOT NULL DEFAULT 0"
                      + " CHECK (test_model IN (0, 1))")),
          new Migration(
              5,
              "mention edits: the action check admits MENTION_ADDED, MENTION_CHANGED and"
                  + " MENTION_REMOVED, and a decision may carry the mention before and after",
              List.of(
                  """
          CREATE TABLE decisions_v5 (
            sequence INTEGER PRIMARY KEY CHECK (sequence > 0),
            pair_key TEXT NOT NULL,
            curator TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('ACCEPTED', 'CORRECTED', 'REJECTED',
                'SKIPPED', 'FLAGGED', 'UNDONE', 'REDONE', 'ADJUDICATED',
                'MENTION_ADDED', 'MENTION_CHANGED', 'MENTION_REMOVED')),
            label TEXT,
            predicted_label TEXT,
            predicted_score REAL,
            reason TEXT,
            note TEXT NOT NULL,
            time TEXT NOT NULL,
            time_spent_nanos INTEGER NOT NULL CHECK (time_spent_nanos >= 0),
            refers_to INTEGER REFERENCES decisions (sequence),
            mention_document TEXT,
            mention_before TEXT CHECK (mention_before IS NULL OR json_valid(mention_before)),
            mention_after TEXT CHECK (mention_after IS NULL OR json_valid(mention_after)),
            CHECK ((action LIKE 'MENTION_%') = (mention_document IS NOT NULL))
          ) STRICT""",
                  "INSERT INTO decisions_v5 ("
                      + DECISION_COLUMNS
                      + ") SELECT "
                      + DECISION_COLUMNS
                      + " FROM decisions ORDER BY sequence",
                  "DROP TABLE decisions",
                  "ALTER TABLE decisions_v5 RENAME TO decisions",
                  "CREATE TRIGGER decisions_are_never_changed BEFORE UPDATE ON decisions BEGIN "
                      + APPEND_ONLY
                      + "; END",
                  "CREATE TRIGGER decisions_are_never_deleted BEFORE DELETE ON decisions BEGIN "
                      + APPEND_ONLY
                      + "; END"),
              true),
          new Migration(
              6,
              "the review sample a project was drawn as (relex sample): its design, its strata"
                  + " and each sampled pair's inclusion probability",
              List.of(
                  """
          CREATE TABLE review_design (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            source TEXT NOT NULL,
            seed INTEGER NOT NULL,
            control_share REAL NOT NULL CHECK (control_share BETWEEN 0 AND 1),
            minimum_per_stratum INTEGER NOT NULL CHECK (minimum_per_stratum >= 0),
            band_edges TEXT NOT NULL CHECK (json_valid(band_edges))
          ) STRICT""",
                  """
          CREATE TABLE review_strata (
            label TEXT NOT NULL,
            band INTEGER NOT NULL,
            population INTEGER NOT NULL CHECK (population >= 0),
            focus INTEGER NOT NULL CHECK (focus >= 0),
            control INTEGER NOT NULL CHECK (control >= 0),
            PRIMARY KEY (label, band)
          ) STRICT""",
                  """
          CREATE TABLE review_sample (
            pair_key TEXT PRIMARY KEY REFERENCES pairs (key),
            label TEXT NOT NULL,
            band INTEGER NOT NULL,
            inclusion_probability REAL NOT NULL
                CHECK (inclusion_probability > 0 AND inclusion_probability <= 1),
            control INTEGER NOT NULL CHECK (control IN (0, 1)),
            FOREIGN KEY (label, band) REFERENCES review_strata (label, band)
          ) STRICT"""),
              false));

  private Schema() {}

  static int latestVersion() {
    return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
  }

  /**
   * The schema version of an opened file, after checking that this version of RelEx Curator may
   * write to it; nothing is written. A new, empty file is version 0.
   *
   * @param creating whether the file is one just created for a new project; otherwise an empty
   *     database is not a project
   * @throws CurationStoreException if the file is another program's database or an empty one, or
   *     was written by a newer RelEx Curator
   */
  static int readableVersion(Connection connection, Path file, boolean creating)
      throws CurationStoreException, SQLException {
    int applicationId = intPragma(connection, "application_id");
    int version = intPragma(connection, "user_version");
    if (applicationId == 0 && version == 0 && isEmpty(connection)) {
      if (creating) {
        return 0;
      }
      throw new CurationStoreException(
          file + " is an empty database, not a RelEx Curator" + " project; it is left as it is");
    }
    if (applicationId != APPLICATION_ID) {
      throw notAProject(file);
    }
    if (version > latestVersion()) {
      throw new CurationStoreException(
          file
              + " was saved by a newer RelEx Curator (project format "
              + version
              + "; this version reads formats up to "
              + latestVersion()
              + "). Open it with"
              + " the newer version; this one leaves the file untouched.");
    }
    return version;
  }

  static CurationStoreException notAProject(Path file) {
    return new CurationStoreException(
        file + " is not a RelEx Curator project (it is a database" + " of another program)");
  }

  /** Applies the steps after {@code from} up to {@code to}, each in its own transaction. */
  static void migrate(Connection connection, int from, int to) throws SQLException {
    for (Migration migration : MIGRATIONS) {
      if (migration.version() > from && migration.version() <= to) {
        apply(connection, migration);
      }
    }
  }

  /**
   * Runs one step in one transaction. A step that rebuilds a table follows SQLite's procedure for
   * schema changes ALTER TABLE cannot make: foreign keys off (which only takes effect outside a
   * transaction), the new table built and renamed, every foreign key checked before committing,
   * then foreign keys as they were.
   */
  private static void apply(Connection connection, Migration migration) throws SQLException {
    boolean foreignKeys = intPragma(connection, "foreign_keys") == 1;
    if (migration.rebuildsTables()) {
      setForeignKeys(connection, false);
    }
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (String sql : migration.statements()) {
        statement.execute(sql);
      }
      if (migration.rebuildsTables()) {
        checkForeignKeys(statement, migration.version());
      }
      statement.execute("PRAGMA user_version = " + migration.version());
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
      if (migration.rebuildsTables()) {
        setForeignKeys(connection, foreignKeys);
      }
    }
  }

  private static void setForeignKeys(Connection connection, boolean on) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
    }
  }

  private static void checkForeignKeys(Statement statement, int version) throws SQLException {
    try (ResultSet broken = statement.executeQuery("PRAGMA foreign_key_check")) {
      if (broken.next()) {
        throw new SQLException(
            "the step to project format "
                + version
                + " was not made: row "
                + broken.getLong(2)
                + " of table "
                + broken.getString(1)
                + " refers to a row of "
                + broken.getString(3)
                + " that is missing");
      }
    }
  }

  static int intPragma(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("PRAGMA " + name)) {
      return row.next() ? row.getInt(1) : 0;
    }
  }

  private static boolean isEmpty(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
      return row.next() && row.getInt(1) == 0;
    }
  }
}
