package org.relexcurator.curation.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.MentionOverlay;
import org.relexcurator.model.CuratedMentionId;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Entity;
import org.relexcurator.model.MentionEdit;
import org.relexcurator.model.Span;

/**
 * A project of format 4, the last before mention edits, opens: its decisions read back as they were
 * and the rebuilt log takes mention edits, which read back equal after the file is closed. The file
 * is made by the migrations up to 4, which are never edited once released.
 */
class VersionFourMigrationTest {

  @TempDir Path folder;

  private Path formatFourFile() throws Exception {
    Path file = folder.resolve("four.relex");
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      Schema.migrate(connection, 0, 4);
      statement.execute(
          "INSERT INTO decisions (sequence, pair_key, curator, action, label, predicted_label,"
              + " predicted_score, reason, note, time, time_spent_nanos, refers_to) VALUES"
              + " (1, 'd1|T1|T2', 'alice', 'ACCEPTED', 'treats', 'treats', 0.875, NULL, 'é 😀',"
              + " '2025-11-30T08:00:00Z', 4000, NULL),"
              + " (2, 'd1|T1|T2', 'bob', 'ADJUDICATED', 'causes', NULL, NULL, NULL, '',"
              + " '2025-11-30T08:01:00Z', 0, NULL)");
    }
    return file;
  }

  private static int version(Path file) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("PRAGMA user_version")) {
      return row.getInt(1);
    }
  }

  @Test
  void aFormatFourProjectOpensWithItsDecisionsAndThenKeepsMentionEdits() throws Exception {
    Path file = formatFourFile();
    assertThat(version(file)).isEqualTo(4);
    List<Span> spans = List.of(new Span(3, 5), new Span(9, 12));
    Entity mention =
        new Entity(
            CuratedMentionId.of(spans, "Chemical"),
            "Chemical",
            spans,
            "𝔸b xyz",
            List.of("D1"),
            null);
    Decision edit;

    try (ProjectDatabase project = ProjectDatabase.open(file)) {
      List<Decision> log = project.decisions().log();
      assertThat(log)
          .extracting(Decision::action)
          .containsExactly(DecisionAction.ACCEPTED, DecisionAction.ADJUDICATED);
      assertThat(log.get(0).note()).isEqualTo("é 😀");
      assertThat(log).allSatisfy(d -> assertThat(d.mentionEdit()).isNull());
      edit =
          project
              .decisions()
              .record(
                  DecisionDraft.mentionEdit(
                      MentionEdit.added("d1", mention),
                      "alice",
                      "missed by the tagger",
                      Instant.parse("2026-12-08T01:00:00Z"),
                      Duration.ofSeconds(2)));
    }

    assertThat(version(file)).isEqualTo(Schema.latestVersion()).isEqualTo(6);
    try (ProjectDatabase project = ProjectDatabase.open(file)) {
      assertThat(project.decisions().log()).hasSize(3).last().isEqualTo(edit);
      assertThat(project.decisions().mentionEdits()).containsExactly(edit);
      assertThat(project.decisions().current()).containsOnlyKeys("d1|T1|T2");
      assertThat(MentionOverlay.of(project.decisions().mentionEdits()).isGone("d1", "T1"))
          .isFalse();
    }
  }
}
