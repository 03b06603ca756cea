package org.relexcurator.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.curation.ReplaceableCurationStore;
import org.relexcurator.curation.project.ProjectDatabase;

/**
 * Where the window's decisions go: a project file, durable on every decision. At start that is the
 * curator's default project ({@code <data home>/default-project.relex}); the curator can switch to
 * another project file or create one. If the default cannot be opened (another window holds it, the
 * disk is read-only), decisions are kept in memory only and {@link #warning()} says so, so that the
 * window can tell the curator plainly.
 *
 * <p>The views keep the one {@link #store()} they were given; a switch swaps what is behind it.
 * Opening and closing files touch the disk: call {@link #openDefault()} and {@link #use} off the UI
 * thread.
 */
public final class DecisionStorage implements AutoCloseable {

  private final ReplaceableCurationStore store;
  private ProjectDatabase project;
  private String warning;

  private DecisionStorage(ProjectDatabase project, CurationStore first, String warning) {
    this.project = project;
    this.store = new ReplaceableCurationStore(first);
    this.warning = warning;
  }

  /** Opens or creates the default project. */
  public static DecisionStorage openDefault() {
    Path file = AppFolders.dataHome().resolve("default-project" + ProjectDatabase.EXTENSION);
    try {
      Files.createDirectories(file.getParent());
      ProjectDatabase project =
          Files.exists(file) ? ProjectDatabase.open(file) : ProjectDatabase.create(file);
      return new DecisionStorage(project, project.decisions(), null);
    } catch (CurationStoreException | java.io.IOException e) {
      return new DecisionStorage(
          null, new InMemoryCurationStore(), "Decisions are NOT saved: " + e.getMessage());
    }
  }

  /**
   * Switches to another project file, creating it if {@code create}; the project in use until now
   * is closed, with every decision it holds. If the new file cannot be opened nothing changes.
   *
   * @throws CurationStoreException naming the file and what is wrong with it
   */
  public synchronized void use(Path file, boolean create) throws CurationStoreException {
    ProjectDatabase next = create ? ProjectDatabase.create(file) : ProjectDatabase.open(file);
    CurationStore replaced = store.replace(next.decisions());
    ProjectDatabase previous = project;
    project = next;
    warning = null;
    if (previous != null) {
      previous.close();
    } else {
      replaced.close();
    }
  }

  /** The decisions of whichever project is in use. */
  public CurationStore store() {
    return store;
  }

  /** The project file in use; empty while decisions are kept in memory. */
  public synchronized Optional<ProjectDatabase> project() {
    return Optional.ofNullable(project);
  }

  /** Why decisions are not saved, or {@code null} when they are. */
  public synchronized String warning() {
    return warning;
  }

  @Override
  public synchronized void close() throws CurationStoreException {
    if (project != null) {
      project.close();
    } else {
      store.close();
    }
  }
}
