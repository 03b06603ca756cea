package org.relexcurator.ui;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;

/**
 * Which project file the window's decisions go to, and switching to another: creating or opening
 * a file happens in the background; once it is in use, the window shows that project's
 * decisions. A file that cannot be opened leaves the project in use as it was and says why.
 */
public final class ProjectViewModel {

  private final DecisionStorage storage;
  private final TaskExecutor executor;
  private final Runnable switched;
  private final MainViewModel messages;
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");

  /**
   * @param switched told on the UI thread once another project is in use
   * @param messages where errors are shown
   */
  public ProjectViewModel(DecisionStorage storage, TaskExecutor executor, Runnable switched,
      MainViewModel messages) {
    this.storage = storage;
    this.executor = executor;
    this.switched = switched;
    this.messages = messages;
    title.set(describe());
  }

  /** Creates a new, empty project file and uses it. */
  public void create(Path file) {
    use(withExtension(file), true);
  }

  /** Uses an existing project file. */
  public void open(Path file) {
    use(file, false);
  }

  private void use(Path file, boolean create) {
    messages.statusProperty().set((create ? "Creating project " : "Opening project ")
        + file.getFileName() + "…");
    executor.submit("use project " + file, monitor -> {
      storage.use(file, create);
      return file;
    }, TaskCallbacks.of(used -> {
      title.set(describe());
      messages.statusProperty().set("Decisions now go to " + used);
      switched.run();
    }, failure -> messages.reportError("The project stays as it was: " + failure.getMessage())));
  }

  private String describe() {
    return storage.project().map(ProjectDatabase::file).map(f -> f.getFileName().toString())
        .orElse("decisions NOT saved");
  }

  /** The project file in use; empty while decisions are kept in memory only. */
  public java.util.Optional<ProjectDatabase> project() {
    return storage.project();
  }

  /** The project's file name as the title bar shows it. */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** A project named without the extension gets it, so the file chooser and the files agree. */
  static Path withExtension(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(ProjectDatabase.EXTENSION) ? file
        : file.resolveSibling(name + ProjectDatabase.EXTENSION);
  }
}
