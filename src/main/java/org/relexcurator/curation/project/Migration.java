package org.relexcurator.curation.project;

import java.util.List;

/**
 * One step of the project file's schema, from {@code version - 1} to {@code version}. Steps are
 * only ever added, never edited: a file written by an earlier version replays the steps it lacks.
 *
 * @param version the schema version this step produces ({@code PRAGMA user_version})
 * @param description what the step adds, for a person reading the history
 * @param statements SQL run in one transaction together with the version change
 * @param rebuildsTables whether the step replaces a table by a new one (SQLite cannot alter a
 *     constraint in place): foreign keys are then off during the step, as SQLite's procedure for
 *     such changes requires, and checked in full before it commits
 */
record Migration(int version, String description, List<String> statements, boolean rebuildsTables) {

  Migration {
    if (version < 1) {
      throw new IllegalArgumentException("migration to version " + version);
    }
    statements = List.copyOf(statements);
  }

  /** A step that only adds. */
  Migration(int version, String description, List<String> statements) {
    this(version, description, statements, false);
  }
}
