package org.relexcurator.curation.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.MentionEdit;
import org.relexcurator.model.ReasonCode;

/**
 * Decisions as rows of the {@code decisions} table. Times are ISO-8601 text and time spent is whole
 * nanoseconds, so that a decision reads back equal to the one recorded. A mention edit keeps its
 * document and its mention before and after as JSON ({@link MentionJson}).
 */
final class DecisionRows {

  private static final String COLUMNS =
      "sequence, pair_key, curator, action, label,"
          + " predicted_label, predicted_score, reason, note, time, time_spent_nanos, refers_to,"
          + " mention_document, mention_before, mention_after";

  /** The longest time spent that whole nanoseconds in a 64-bit column hold (292 years). */
  static final Duration LONGEST_TIME_SPENT = Duration.ofNanos(Long.MAX_VALUE);

  private DecisionRows() {}

  static void insert(Connection connection, Decision decision) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO decisions ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, decision.sequence());
      insert.setString(2, decision.pairKey());
      insert.setString(3, decision.curator());
      insert.setString(4, decision.action().name());
      insert.setString(5, decision.label());
      insert.setString(6, decision.predictedLabel());
      if (decision.predictedScore() == null) {
        insert.setNull(7, Types.DOUBLE);
      } else {
        insert.setDouble(7, decision.predictedScore());
      }
      insert.setString(8, decision.reason() == null ? null : decision.reason().name());
      insert.setString(9, decision.note());
      insert.setString(10, decision.time().toString());
      insert.setLong(11, decision.timeSpent().toNanos());
      if (decision.refersTo() == null) {
        insert.setNull(12, Types.INTEGER);
      } else {
        insert.setLong(12, decision.refersTo());
      }
      MentionEdit edit = decision.mentionEdit();
      insert.setString(13, edit == null ? null : edit.documentId());
      insert.setString(14, edit == null ? null : MentionJson.write(edit.before()));
      insert.setString(15, edit == null ? null : MentionJson.write(edit.after()));
      insert.executeUpdate();
    }
  }

  /**
   * The whole log, oldest first.
   *
   * @throws CurationStoreException if a row is not a decision this version understands, or the
   *     numbering has a gap
   */
  static List<Decision> readAll(Connection connection) throws SQLException, CurationStoreException {
    List<Decision> log = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT " + COLUMNS + " FROM decisions ORDER BY sequence")) {
      while (rows.next()) {
        long sequence = rows.getLong(1);
        if (sequence != log.size() + 1L) {
          throw new CurationStoreException(
              "The decision log is damaged: decision "
                  + sequence
                  + " follows decision "
                  + log.size());
        }
        log.add(decision(rows, sequence));
      }
    }
    return log;
  }

  private static Decision decision(ResultSet row, long sequence)
      throws SQLException, CurationStoreException {
    try {
      double score = row.getDouble(7);
      Double predictedScore = row.wasNull() ? null : score;
      String reason = row.getString(8);
      long refersTo = row.getLong(12);
      Long refers = row.wasNull() ? null : refersTo;
      String document = row.getString(13);
      MentionEdit edit =
          document == null
              ? null
              : new MentionEdit(
                  document,
                  MentionJson.read(row.getString(14)),
                  MentionJson.read(row.getString(15)));
      return new Decision(
          sequence,
          row.getString(2),
          row.getString(3),
          DecisionAction.valueOf(row.getString(4)),
          row.getString(5),
          row.getString(6),
          predictedScore,
          reason == null ? null : ReasonCode.valueOf(reason),
          row.getString(9),
          Instant.parse(row.getString(10)),
          Duration.ofNanos(row.getLong(11)),
          refers,
          edit);
    } catch (RuntimeException e) {
      throw new CurationStoreException(
          "Decision "
              + sequence
              + " of the log cannot be read ("
              + e.getMessage()
              + "); was the file changed by another program?",
          e);
    }
  }
}
