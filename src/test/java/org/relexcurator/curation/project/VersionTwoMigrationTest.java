package org.relexcurator.curation.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.ReasonCode;

/**
 * A project file of format 2, written here with that format's own DDL (not through {@link Schema},
 * so that the test keeps describing the files curators have), is rebuilt to admit adjudications
 * without losing a row, a constraint or a trigger.
 */
class VersionTwoMigrationTest {

  /** Format 2 exactly as RelEx Curator wrote it. */
  private static final List<String> FORMAT_TWO =
      List.of(
          "PRAGMA application_id = 1382378616",
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
          "CREATE TRIGGER decisions_are_never_changed BEFORE UPDATE ON decisions BEGIN"
              + " SELECT RAISE(ABORT, 'the decision log is append-only'); END",
          "CREATE TRIGGER decisions_are_never_deleted BEFORE DELETE ON decisions BEGIN"
              + " SELECT RAISE(ABORT, 'the decision log is append-only'); END",
          "CREATE TABLE documents (id TEXT PRIMARY KEY, source_path TEXT, content_hash TEXT,"
              + " format TEXT) STRICT",
          "CREATE TABLE pairs (key TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents"
              + " (id), e1_id TEXT NOT NULL, e1_spans TEXT NOT NULL, e1_type TEXT NOT NULL, e2_id TEXT"
              + " NOT NULL, e2_spans TEXT NOT NULL, e2_type TEXT NOT NULL, sentence_start INTEGER NOT"
              + " NULL, sentence_end INTEGER NOT NULL, marked_text TEXT NOT NULL, marker_mode TEXT NOT"
              + " NULL) STRICT",
          "CREATE INDEX pairs_by_document ON pairs (document_id)",
          "CREATE TABLE models (fingerprint TEXT PRIMARY KEY, name TEXT NOT NULL, folder TEXT)"
              + " STRICT",
          "CREATE TABLE predictions (id INTEGER PRIMARY KEY, pair_key TEXT NOT NULL REFERENCES pairs"
              + " (key), model TEXT NOT NULL REFERENCES models (fingerprint), label TEXT NOT NULL,"
              + " score REAL NOT NULL, scores TEXT NOT NULL CHECK (json_valid(scores)), logits TEXT"
              + " NOT NULL CHECK (json_valid(logits)), time TEXT NOT NULL) STRICT",
          "CREATE INDEX predictions_by_pair ON predictions (pair_key, id)",
          "CREATE INDEX predictions_by_model ON predictions (model)",
          "PRAGMA user_version = 2");

  private static final String INSERT_DECISION =
      "INSERT INTO decisions (sequence, pair_key,"
          + " curator, action, label, predicted_label, predicted_score, reason, note, time,"
          + " time_spent_nanos, refers_to) VALUES ";

  /** Every kind of entry format 2 holds, nulls and undo/redo references included. */
  private static final List<String> DECISIONS =
      List.of(
          "(1, 'd1|T1|T2', 'alice', 'ACCEPTED', 'treats', 'treats', 0.875, NULL, '',"
              + " '2025-11-30T08:00:00.123456789Z', 4000000001, NULL)",
          "(2, 'd1|T1|T2', 'bob', 'CORRECTED', 'causes', 'treats', 0.875, 'WRONG_DIRECTION',"
              + " 'swap E1 and E2', '2025-11-30T08:01:00Z', 9000000000, NULL)",
          "(3, 'd1|T1|T2', 'alice', 'UNDONE', NULL, NULL, NULL, NULL, '', '2025-11-30T08:02:00Z',"
              + " 0, 1)",
          "(4, 'd1|T1|T2', 'alice', 'REDONE', NULL, NULL, NULL, NULL, '', '2025-11-30T08:03:00Z',"
              + " 0, 1)",
          "(5, 'd1|T2|T3', 'carol', 'SKIPPED', NULL, NULL, NULL, NULL, '',"
              + " '2025-11-30T08:04:00Z', 1000, NULL)",
          "(6, 'd1|T2|T3', 'carol', 'FLAGGED', NULL, 'none', 0.5, 'NEEDS_CONTEXT', 'ask a lead',"
              + " '2025-11-30T08:05:00Z', 2000, NULL)",
          "(7, 'd1|T2|T3', 'bob', 'REJECTED', 'none', NULL, NULL, 'NEGATION', 'é ✓ 😀',"
              + " '2025-11-30T08:06:00Z', 3000, NULL)");

  @TempDir Path folder;

  private Path formatTwoFile(String name, List<String> decisions) throws SQLException {
    Path file = folder.resolve(name);
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA foreign_keys = ON");
      for (String sql : FORMAT_TWO) {
        statement.execute(sql);
      }
      statement.execute(
          "INSERT INTO documents VALUES ('d1', 'corpus.pubtator', 'sha256:ab'," + " 'pubtator')");
      statement.execute(
          "INSERT INTO pairs VALUES ('d1|T1|T2', 'd1', 'T1', '[[0,9]]',"
              + " 'Chemical', 'T2', '[[40,53]]', 'Disease', 0, 60, '[E1]Tamoxifen[/E1] ...',"
              + " 'exact')");
      statement.execute("INSERT INTO models VALUES ('sha256:m', 'synthetic_relex', NULL)");
      statement.execute(
          "INSERT INTO predictions (pair_key, model, label, score, scores, logits,"
              + " time) VALUES ('d1|T1|T2', 'sha256:m', 'treats', 0.875, '{\"treats\":0.875}',"
              + " '{\"treats\":2.5}', '2025-11-30T07:00:00Z')");
      for (String values : decisions) {
        statement.execute(INSERT_DECISION + values);
      }
    }
    return file;
  }

  private static List<List<Object>> rows(Path file, String query) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      List<List<Object>> rows = new ArrayList<>();
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<Object> row = new ArrayList<>();
        for (int column = 1; column <= columns; column++) {
          row.add(result.getObject(column));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  private static Object single(Path file, String query) throws SQLException {
    return rows(file, query).get(0).get(0);
  }

  /** The decisions as format 2 has them; format 5 adds the mention edit's columns. */
  private static final String FORMAT_TWO_DECISIONS =
      "SELECT sequence, pair_key, curator, action, label, predicted_label, predicted_score,"
          + " reason, note, time, time_spent_nanos, refers_to FROM decisions ORDER BY sequence";

  /** The pairs, predictions and documents as format 2 has them; later formats add columns. */
  private static final String FORMAT_TWO_CONTENTS =
      "SELECT pairs.key, pairs.document_id,"
          + " pairs.e1_id, pairs.e1_spans, pairs.e1_type, pairs.e2_id, pairs.e2_spans, pairs.e2_type,"
          + " pairs.sentence_start, pairs.sentence_end, pairs.marked_text, pairs.marker_mode,"
          + " predictions.*, documents.* FROM pairs JOIN predictions"
          + " ON predictions.pair_key = pairs.key JOIN documents ON documents.id = pairs.document_id";

  @Test
  void everyRowOfAFormatTwoFileSurvivesTheRebuildUnchanged() throws Exception {
    Path file = formatTwoFile("two.relex", DECISIONS);
    List<List<Object>> before = rows(file, FORMAT_TWO_DECISIONS);
    List<List<Object>> contentsBefore = rows(file, FORMAT_TWO_CONTENTS);

    ProjectDatabase.open(file).close();

    assertThat(rows(file, FORMAT_TWO_DECISIONS)).isEqualTo(before).hasSize(DECISIONS.size());
    assertThat(rows(file, FORMAT_TWO_CONTENTS)).isEqualTo(contentsBefore).hasSize(1);
    assertThat(single(file, "PRAGMA user_version")).isEqualTo(Schema.latestVersion());
    assertThat(single(file, "PRAGMA application_id")).isEqualTo(Schema.APPLICATION_ID);
  }

  @Test
  void theMigratedLogReadsBackAsTheSameDecisionsAndTakesAnAdjudication() throws Exception {
    Path file = formatTwoFile("read.relex", DECISIONS);
    Instant time = Instant.parse("2025-12-01T10:00:00Z");

    try (ProjectDatabase project = ProjectDatabase.open(file)) {
      List<Decision> log = project.decisions().log();
      assertThat(log).hasSize(7);
      assertThat(log.get(0))
          .isEqualTo(
              new Decision(
                  1,
                  "d1|T1|T2",
                  "alice",
                  DecisionAction.ACCEPTED,
                  "treats",
                  "treats",
                  0.875,
                  null,
                  "",
                  Instant.parse("2025-11-30T08:00:00.123456789Z"),
                  Duration.ofNanos(4_000_000_001L),
                  null));
      assertThat(log.get(3).refersTo()).isEqualTo(1L);
      assertThat(log.get(6).note()).isEqualTo("é ✓ 😀");
      assertThat(project.decisions().undoable("alice")).contains(log.get(0));

      project
          .decisions()
          .record(
              new DecisionDraft(
                  "d1|T1|T2",
                  "lead",
                  DecisionAction.ADJUDICATED,
                  "causes",
                  "treats",
                  0.875,
                  ReasonCode.WRONG_DIRECTION,
                  "E1 is the cause",
                  time,
                  Duration.ofSeconds(30),
                  null));
    }

    try (ProjectDatabase project = ProjectDatabase.open(file)) {
      Decision adjudication = project.decisions().log().get(7);
      assertThat(adjudication)
          .isEqualTo(
              new Decision(
                  8,
                  "d1|T1|T2",
                  "lead",
                  DecisionAction.ADJUDICATED,
                  "causes",
                  "treats",
                  0.875,
                  ReasonCode.WRONG_DIRECTION,
                  "E1 is the cause",
                  time,
                  Duration.ofSeconds(30),
                  null));
      assertThat(project.contents().latestPredictions()).containsOnlyKeys("d1|T1|T2");
    }
  }

  @Test
  void theRebuiltLogKeepsItsTriggersChecksAndReferences() throws Exception {
    Path file = formatTwoFile("guards.relex", DECISIONS);
    ProjectDatabase.open(file).close();

    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA foreign_keys = ON");
      assertThatThrownBy(() -> statement.execute("UPDATE decisions SET label = 'none'"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> statement.execute("DELETE FROM decisions WHERE sequence = 7"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(
              () ->
                  statement.execute(
                      INSERT_DECISION
                          + "(8, 'p', 'alice', 'ERASED',"
                          + " NULL, NULL, NULL, NULL, '', '2026-01-01T00:00:00Z', 0, NULL)"))
          .hasMessageContaining("CHECK constraint failed");
      assertThatThrownBy(
              () ->
                  statement.execute(
                      INSERT_DECISION
                          + "(8, 'p', 'alice', 'UNDONE',"
                          + " NULL, NULL, NULL, NULL, '', '2026-01-01T00:00:00Z', 0, 99)"))
          .hasMessageContaining("FOREIGN KEY constraint failed");
      assertThatThrownBy(
              () ->
                  statement.execute(
                      INSERT_DECISION
                          + "(8, 'p', 'alice', 'SKIPPED',"
                          + " NULL, NULL, NULL, NULL, '', '2026-01-01T00:00:00Z', -1, NULL)"))
          .hasMessageContaining("CHECK constraint failed");
    }
    assertThat(
            rows(
                file,
                "SELECT name FROM sqlite_schema WHERE tbl_name LIKE 'decisions%'"
                    + " ORDER BY name"))
        .extracting(row -> row.get(0))
        .containsExactly("decisions", "decisions_are_never_changed", "decisions_are_never_deleted");
    assertThat(rows(file, "PRAGMA foreign_key_list(decisions)"))
        .extracting(row -> row.get(2), row -> row.get(3), row -> row.get(4))
        .containsExactly(tuple("decisions", "refers_to", "sequence"));
  }

  @Test
  void aFormatTwoFileWithABrokenReferenceIsNotMigratedAndKeepsEveryRow() throws Exception {
    Path file = formatTwoFile("broken.relex", List.of(DECISIONS.get(0)));
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      // Only another program, with foreign keys off, could have written this row.
      statement.execute(
          INSERT_DECISION
              + "(2, 'd1|T1|T2', 'alice', 'UNDONE', NULL, NULL, NULL,"
              + " NULL, '', '2025-11-30T08:02:00Z', 0, 42)");
    }
    List<List<Object>> before = rows(file, FORMAT_TWO_DECISIONS);

    assertThatThrownBy(() -> ProjectDatabase.open(file))
        .isInstanceOf(CurationStoreException.class)
        .hasMessageContaining(
            "the step to project format 3 was not made: row 2 of table"
                + " decisions refers to a row of decisions that is missing");

    assertThat(single(file, "PRAGMA user_version")).isEqualTo(2);
    assertThat(rows(file, "SELECT * FROM decisions ORDER BY sequence")).isEqualTo(before);
    assertThat((String) single(file, "SELECT sql FROM sqlite_schema WHERE name = 'decisions'"))
        .doesNotContain("ADJUDICATED");
    assertThat(rows(file, "SELECT name FROM sqlite_schema WHERE name = 'decisions_v3'")).isEmpty();
    assertThatThrownBy(() -> ProjectDatabase.open(file))
        .as("a second attempt is refused the same way, not by a lock left behind")
        .hasMessageContaining("was not made");
  }
}
