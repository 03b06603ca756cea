package org.relexcurator.curation.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.ReasonCode;
import org.relexcurator.model.Span;

/** The project file: settings, life cycle, versions, and files it must refuse. */
class ProjectDatabaseTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456789Z");

  @TempDir Path folder;

  private static Decision decide(CurationStore store, String pair, String label)
      throws CurationStoreException {
    return store.record(
        DecisionDraft.labelled(
            pair,
            "alice",
            label,
            "treats",
            0.875,
            ReasonCode.NEGATION,
            "a note",
            T0,
            Duration.ofNanos(1_234_567_891)));
  }

  @Test
  void aReopenedProjectHasTheSameLogAndUndoAndRedoGoOnWhereTheyWere() throws Exception {
    Path file = folder.resolve("study.relex");
    List<Decision> log;
    try (ProjectDatabase project = ProjectDatabase.create(file)) {
      CurationStore store = project.decisions();
      decide(store, "d1|T1|T2", "treats");
      decide(store, "d1|T2|T3", "none");
      decide(store, "d1|T1|T2", "causes");
      store.record(DecisionDraft.undo(store.undoable("alice").orElseThrow(), T0));
      store.record(
          new DecisionDraft(
              "d2|T1|T2",
              "bob",
              DecisionAction.FLAGGED,
              null,
              null,
              null,
              null,
              "ask someone",
              T0,
              Duration.ZERO,
              null));
      log = store.log();
    }

    try (ProjectDatabase project = ProjectDatabase.open(file)) {
      CurationStore store = project.decisions();
      assertThat(store.log()).isEqualTo(log);
      assertThat(store.current("d1|T1|T2").orElseThrow().label()).isEqualTo("treats");
      assertThat(store.history("d1|T1|T2"))
          .extracting(Decision::sequence)
          .containsExactly(1L, 3L, 4L);

      Decision redo = store.record(DecisionDraft.redo(store.redoable("alice").orElseThrow(), T0));

      assertThat(redo.sequence()).isEqualTo(6);
      assertThat(store.current("d1|T1|T2").orElseThrow().label()).isEqualTo("causes");
    }
  }

  @Test
  void aDecisionThatCannotBeSavedLeavesNoTraceAndTheNextOneTakesItsNumber() throws Exception {
    try (ProjectDatabase project = ProjectDatabase.create(folder.resolve("failing.relex"))) {
      CurationStore store = project.decisions();
      Decision first = decide(store, "p1", "treats");
      List<Decision> heard = new ArrayList<>();
      store.addListener(heard::add);
      project.withConnection(
          "breaking the disk",
          connection -> {
            try (Statement statement = connection.createStatement()) {
              return statement.execute(
                  "CREATE TEMP TRIGGER failing_disk BEFORE INSERT ON decisions"
                      + " BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END");
            }
          });

      assertThatThrownBy(() -> decide(store, "p2", "none"))
          .isInstanceOf(CurationStoreException.class)
          .hasMessageStartingWith("Could not save the decision: ")
          .hasMessageContaining("simulated disk failure");
      assertThat(store.log()).containsExactly(first);
      assertThat(store.current()).containsOnlyKeys("p1");
      assertThat(store.undoable("alice")).contains(first);
      assertThat(heard).isEmpty();

      project.withConnection(
          "mending the disk",
          connection -> {
            try (Statement statement = connection.createStatement()) {
              return statement.execute("DROP TRIGGER failing_disk");
            }
          });
      assertThat(decide(store, "p2", "none").sequence()).isEqualTo(2);
      assertThat(heard).hasSize(1);
    }
  }

  @Test
  void theConnectionSyncsEveryCommitToAWriteAheadLogAndHoldsTheFileExclusively() throws Exception {
    try (ProjectDatabase project = ProjectDatabase.create(folder.resolve("settings.relex"))) {
      assertThat(pragma(project, "journal_mode")).isEqualTo("wal");
      assertThat(pragma(project, "synchronous")).isEqualTo("2");
      assertThat(pragma(project, "locking_mode")).isEqualTo("exclusive");
      assertThat(pragma(project, "foreign_keys")).isEqualTo("1");
      assertThat(pragma(project, "user_version")).isEqualTo(String.valueOf(Schema.latestVersion()));
    }
  }

  private static String pragma(ProjectDatabase project, String name) throws Exception {
    return project.withConnection(
        "reading " + name,
        connection -> {
          try (Statement statement = connection.createStatement();
              ResultSet row = statement.executeQuery("PRAGMA " + name)) {
            row.next();
            return row.getString(1);
          }
        });
  }

  @Test
  void whileOpenTheLockFileNamesThisProcessAndAfterClosingOnlyTheProjectFileHoldsData()
      throws Exception {
    Path file = folder.resolve("tidy.relex");
    Path lockFile = folder.resolve("tidy.relex.lock");
    try (ProjectDatabase project = ProjectDatabase.create(file)) {
      decide(project.decisions(), "p", "none");
      assertThat(Files.readString(lockFile).strip())
          .isEqualTo(String.valueOf(ProcessHandle.current().pid()));
      assertThat(folder.resolve("tidy.relex-wal")).exists();
    }

    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("tidy.relex", "tidy.relex.lock");
    }
    assertThat(lockFile).isEmptyFile();
  }

  @Test
  void createRefusesAnExistingFileAndLeavesItAlone() throws Exception {
    Path file = folder.resolve("notes.relex");
    Files.writeString(file, "my notes");

    assertThatThrownBy(() -> ProjectDatabase.create(file))
        .isInstanceOf(CurationStoreException.class)
        .hasMessage(file + " already exists; open it, or choose a new name");
    assertThat(file).hasContent("my notes");
  }

  @Test
  void openRefusesAMissingFileInsteadOfCreatingOne() {
    Path file = folder.resolve("gone.relex");

    assertThatThrownBy(() -> ProjectDatabase.open(file))
        .isInstanceOf(CurationStoreException.class)
        .hasMessage(file + ": no such project file");
    assertThat(file).doesNotExist();
  }

  @Test
  void aVersionOneFileIsMigratedAndKeepsItsDecisions() throws Exception {
    Path file = folder.resolve("old.relex");
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      Schema.migrate(connection, 0, 1);
      statement.execute(
          "INSERT INTO decisions (sequence, pair_key, curator, action, label,"
              + " predicted_label, predicted_score, reason, note, time, time_spent_nanos, refers_to)"
              + " VALUES (1, 'd1|T1|T2', 'alice', 'CORRECTED', 'causes', 'treats', 0.5,"
              + " 'WRONG_DIRECTION', 'swap', '2025-11-30T08:00:00Z', 4000000000, NULL)");
      assertThat(Schema.intPragma(connection, "user_version")).isEqualTo(1);
    }

    try (ProjectDatabase project = ProjectDatabase.open(file)) {
      assertThat(project.decisions().log())
          .containsExactly(
              new Decision(
                  1,
                  "d1|T1|T2",
                  "alice",
                  DecisionAction.CORRECTED,
                  "causes",
                  "treats",
                  0.5,
                  ReasonCode.WRONG_DIRECTION,
                  "swap",
                  Instant.parse("2025-11-30T08:00:00Z"),
                  Duration.ofSeconds(4),
                  null));
      project.contents().putDocuments(List.of(new DocumentIdentity("d1", null, null, null)));
      assertThat(project.contents().documents()).hasSize(1);
      assertThat(pragma(project, "user_version")).isEqualTo(String.valueOf(Schema.latestVersion()));
    }
  }

  @Test
  void aVersionTwoFileKeepsItsPairsWithoutMentionDetailsAndItsModelsAsRealOnes() throws Exception {
    Path file = folder.resolve("two.relex");
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      Schema.migrate(connection, 0, 2);
      statement.execute("INSERT INTO documents (id) VALUES ('d1')");
      statement.execute(
          "INSERT INTO pairs (key, document_id, e1_id, e1_spans, e1_type, e2_id,"
              + " e2_spans, e2_type, sentence_start, sentence_end, marked_text, marker_mode) VALUES"
              + " ('d1|T1|T2', 'd1', 'T1', '[[0,3]]', 'Chemical', 'T2', '[[8,12]]', 'Disease', 0, 12,"
              + " '[E1]abc[/E1] x [E2]defg[/E2]', 'exact')");
      statement.execute("INSERT INTO models (fingerprint, name) VALUES ('sha256:1', 'm')");
      statement.execute(
          "INSERT INTO predictions (pair_key, model, label, score, scores, logits,"
              + " time) VALUES ('d1|T1|T2', 'sha256:1', 'a', 0.5, '{\"a\":0.5,\"b\":0.5}',"
              + " '{\"a\":0.0,\"b\":0.0}', '2025-11-30T08:00:00Z')");
    }

    try (ProjectDatabase project = ProjectDatabase.open(file)) {
      StoredPair pair = project.contents().pairs().get(0);
      assertThat(pair.hasMentionDetails()).isFalse();
      assertThat(pair.e1Spans()).containsExactly(new Span(0, 3));
      assertThat(project.contents().latestPredictions().get("d1|T1|T2").model())
          .isEqualTo(new ModelIdentity("sha256:1", "m", null, false));
    }
  }

  @Test
  void migrationsAreNumberedOneByOneFromOne() {
    assertThat(Schema.MIGRATIONS).extracting(Migration::version).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(Schema.latestVersion()).isEqualTo(6);
  }

  @Test
  void aFileFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
    Path file = folder.resolve("future.relex");
    ProjectDatabase.create(file).close();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA journal_mode = DELETE");
      statement.execute("PRAGMA user_version = " + (Schema.latestVersion() + 1));
    }
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> ProjectDatabase.open(file))
        .isInstanceOf(CurationStoreException.class)
        .hasMessage(
            file
                + " was saved by a newer RelEx Curator (project format "
                + (Schema.latestVersion() + 1)
                + "; this version reads formats up to "
                + Schema.latestVersion()
                + "). Open it with the newer version; this one leaves the"
                + " file untouched.");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(folder.resolve("future.relex-wal")).doesNotExist();
  }

  @Test
  void anotherProgramsDatabaseIsRefusedAndLeftUntouched() throws Exception {
    Path file = folder.resolve("other.relex");
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE accounts (name TEXT)");
    }
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> ProjectDatabase.open(file))
        .isInstanceOf(CurationStoreException.class)
        .hasMessage(
            file + " is not a RelEx Curator project (it is a database of another" + " program)");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(ProjectDatabase.lockFileOf(file)).doesNotExist();
  }

  @Test
  void aFileOfRandomBytesIsRefusedAndLeftUntouched() throws Exception {
    Path file = folder.resolve("noise.relex");
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Files.write(file, noise);

    assertThatThrownBy(() -> ProjectDatabase.open(file))
        .isInstanceOf(CurationStoreException.class)
        .hasMessage(
            file
                + " is not a RelEx Curator project (not an SQLite database); it is left"
                + " as it is");
    assertThat(Files.readAllBytes(file)).isEqualTo(noise);
    assertThat(ProjectDatabase.lockFileOf(file)).doesNotExist();
  }

  @Test
  void anEmptyFileIsRefusedAndNotTurnedIntoAProject() throws Exception {
    Path file = Files.createFile(folder.resolve("empty.relex"));

    assertThatThrownBy(() -> ProjectDatabase.open(file))
        .isInstanceOf(CurationStoreException.class)
        .hasMessage(
            file + " is empty (0 bytes), not a RelEx Curator project; it is left as it" + " is");
    assertThat(file).isEmptyFile();
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void anEmptyDatabaseWithAWriteAheadLogIsRefusedByWhatSqliteReads() throws Exception {
    Path file = folder.resolve("half-made.relex");
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA journal_mode = WAL");
    }
    Files.write(Path.of(file + "-wal"), new byte[] {1});
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> ProjectDatabase.open(file))
        .isInstanceOf(CurationStoreException.class)
        .hasMessageContaining("is an empty database, not a RelEx Curator project");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void aReadOnlyFileIsRefusedWithAMessage() throws Exception {
    Path file = folder.resolve("locked.relex");
    ProjectDatabase.create(file).close();
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    Assumptions.assumeFalse(Files.isWritable(file), "running as a user who may write anyway");

    assertThatThrownBy(() -> ProjectDatabase.open(file))
        .isInstanceOf(CurationStoreException.class)
        .hasMessageStartingWith(file + " is read-only");
  }

  @Test
  void theLogRefusesChangesEvenFromOtherPrograms() throws Exception {
    Path file = folder.resolve("log.relex");
    try (ProjectDatabase project = ProjectDatabase.create(file)) {
      decide(project.decisions(), "p", "treats");
    }

    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.execute("UPDATE decisions SET label = 'none'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> statement.execute("DELETE FROM decisions"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
    }
    try (ProjectDatabase project = ProjectDatabase.open(file)) {
      assertThat(project.decisions().log()).extracting(Decision::label).containsExactly("treats");
    }
  }

  @Test
  void aLogWithAGapIsReportedAsDamagedAndTheProjectIsNotLeftLocked() throws Exception {
    Path file = folder.resolve("gap.relex");
    ProjectDatabase.create(file).close();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      for (int sequence : new int[] {1, 3}) {
        statement.execute(
            "INSERT INTO decisions (sequence, pair_key, curator, action, label,"
                + " note, time, time_spent_nanos) VALUES ("
                + sequence
                + ", 'p', 'alice', 'REJECTED',"
                + " 'none', '', '2026-01-01T00:00:00Z', 0)");
      }
    }

    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> ProjectDatabase.open(file))
          .isInstanceOf(CurationStoreException.class)
          .hasMessage("The decision log is damaged: decision 3 follows decision 1");
    }
  }

  @Test
  void aLogThatDoesNotAddUpIsRefused() throws Exception {
    Path file = folder.resolve("odd.relex");
    ProjectDatabase.create(file).close();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO decisions (sequence, pair_key, curator, action, note, time,"
              + " time_spent_nanos) VALUES (1, 'p', 'alice', 'SKIPPED', '', '2026-01-01T00:00:00Z',"
              + " 0)");
      statement.execute(
          "INSERT INTO decisions (sequence, pair_key, curator, action, note, time,"
              + " time_spent_nanos, refers_to) VALUES (2, 'p', 'bob', 'UNDONE', '',"
              + " '2026-01-01T00:00:00Z', 0, 1)");
    }

    assertThatThrownBy(() -> ProjectDatabase.open(file))
        .isInstanceOf(CurationStoreException.class)
        .hasMessage(
            file
                + ": the decision log does not add up (bob has nothing to undo); was the"
                + " file changed by another program?");
  }

  @Test
  void afterTheProjectClosesEveryCallFailsWithAMessageAndNothingIsRecorded() throws Exception {
    Path file = folder.resolve("closed.relex");
    ProjectDatabase project = ProjectDatabase.create(file);
    CurationStore store = project.decisions();
    decide(store, "p", "treats");
    project.close();
    project.close();

    assertThatThrownBy(() -> decide(store, "q", "none"))
        .isInstanceOf(CurationStoreException.class)
        .hasMessage("The decision store of " + file + " is closed");
    assertThatThrownBy(() -> project.contents().pairs())
        .isInstanceOf(CurationStoreException.class)
        .hasMessage("The project " + file + " is closed");
    try (ProjectDatabase reopened = ProjectDatabase.open(file)) {
      assertThat(reopened.decisions().log()).hasSize(1);
    }
  }
}
