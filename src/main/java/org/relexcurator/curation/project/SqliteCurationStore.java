package org.relexcurator.curation.project;

import java.util.List;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.LoggedCurationStore;
import org.relexcurator.model.Decision;

/**
 * The decision log of a project file. The whole log is read when the project opens and kept in
 * memory, so reads never touch the disk; {@link #record} writes the new entry, committed and
 * synced, before it changes anything in memory, so a decision that failed to save leaves no trace.
 */
final class SqliteCurationStore extends LoggedCurationStore {

  private final ProjectDatabase database;

  private SqliteCurationStore(ProjectDatabase database, List<Decision> log)
      throws CurationStoreException {
    super(log);
    this.database = database;
  }

  /** Reads the log of an opened project. */
  static SqliteCurationStore load(ProjectDatabase database) throws CurationStoreException {
    List<Decision> log =
        database.withConnection("Could not read the decision log", DecisionRows::readAll);
    try {
      return new SqliteCurationStore(database, log);
    } catch (CurationStoreException e) {
      throw new CurationStoreException(
          database.file()
              + ": the decision log does not add up ("
              + e.getMessage()
              + "); was the file changed by another program?",
          e);
    }
  }

  @Override
  protected void persist(Decision decision) throws CurationStoreException {
    if (decision.timeSpent().compareTo(DecisionRows.LONGEST_TIME_SPENT) > 0) {
      throw new CurationStoreException(
          "A time spent of " + decision.timeSpent() + " is too long to store");
    }
    database.withConnection(
        "Could not save the decision",
        connection -> {
          DecisionRows.insert(connection, decision);
          return null;
        });
  }

  @Override
  protected String closedMessage() {
    return "The decision store of " + database.file() + " is closed";
  }
}
