package org.relexcurator.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.curation.project.ProjectDatabase;

/**
 * Where the window's decisions go: the curator's default project file
 * ({@code <data home>/default-project.relex}), durable on every decision. If it cannot be opened
 * (another window holds it, the disk is read-only), decisions are kept in memory only and
 * {@link #warning()} says so, so that the window can tell the curator plainly.
 */
public final class DecisionStorage implements AutoCloseable {

  private final ProjectDatabase project;
  private final CurationStore store;
  private final String warning;

  private DecisionStorage(ProjectDatabase project, CurationStore store, String warning) {
    this.project = project;
    this.store = store;
    this.warning = warning;
  }

  /** Opens or creates the default project; called before the window shows, off the UI thread. */
  public static DecisionStorage openDefault() {
    Path file = AppFolders.dataHome().resolve("default-project.relex");
    try {
      Files.createDirectories(file.getParent());
      ProjectDatabase project = Files.exists(file)
          ? ProjectDatabase.open(file)
          : ProjectDatabase.create(file);
      return new DecisionStorage(project, project.decisions(), null);
    } catch (CurationStoreException | java.io.IOException e) {
      return new DecisionStorage(null, new InMemoryCurationStore(),
          "Decisions are NOT saved: " + e.getMessage());
    }
  }

  public CurationStore store() {
    return store;
  }

  /** Why decisions are not saved, or {@code null} when they are. */
  public String warning() {
    return warning;
  }

  @Override
  public void close() throws CurationStoreException {
    if (project != null) {
      project.close();
    }
  }
}
