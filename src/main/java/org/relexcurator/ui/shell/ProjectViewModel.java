package org.relexcurator.ui.shell;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.relexcurator.curation.project.ModelIdentity;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.curation.team.ProjectMerge;
import org.relexcurator.inference.RelationClassifier;
import org.relexcurator.model.Prediction;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.pipeline.ProjectCorpus;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;
import org.relexcurator.ui.queue.ReviewQueueViewModel;

/**
 * Which project file the window's decisions go to, and switching to another: creating or opening a
 * file happens in the background; once it is in use, the window shows that project's decisions. A
 * file that cannot be opened leaves the project in use as it was and says why.
 */
public final class ProjectViewModel {

  private final DecisionStorage storage;
  private final TaskExecutor executor;
  private final TaskExecutor writes;
  private final ProjectCorpus projectCorpus;
  private PreparedCorpus corpus;
  private final Runnable switched;
  private final MainViewModel messages;
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");

  /**
   * @param executor opens and creates project files
   * @param writes saves corpora and predictions, one at a time in the order asked, so that a pair
   *     is in the project before its predictions
   * @param preparation the preparation corpora are opened with
   * @param switched told on the UI thread once another project is in use
   * @param messages where errors are shown
   */
  public ProjectViewModel(
      DecisionStorage storage,
      TaskExecutor executor,
      TaskExecutor writes,
      CorpusPreparation preparation,
      Runnable switched,
      MainViewModel messages) {
    this.storage = storage;
    this.executor = executor;
    this.writes = writes;
    this.projectCorpus = new ProjectCorpus(preparation);
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
    messages
        .statusProperty()
        .set((create ? "Creating project " : "Opening project ") + file.getFileName() + "…");
    executor.submit(
        "use project " + file,
        monitor -> {
          storage.use(file, create);
          return file;
        },
        TaskCallbacks.of(
            used -> {
              title.set(describe());
              messages.statusProperty().set("Decisions now go to " + used);
              if (corpus != null) {
                saveCorpus(corpus);
              }
              switched.run();
            },
            failure ->
                messages.reportError("The project stays as it was: " + failure.getMessage())));
  }

  /**
   * Merges curators' projects into a team project ({@code relex merge}'s code) in the background,
   * then uses the team project. A refused or unreadable project leaves the project in use as it was
   * and says why.
   */
  public void merge(List<Path> files, Path team) {
    Path target = withExtension(team);
    messages.statusProperty().set("Merging " + files.size() + " projects into " + target + "…");
    executor.submit(
        "merge projects into " + target,
        monitor -> ProjectMerge.merge(files, target),
        TaskCallbacks.of(
            summary -> {
              open(summary.team());
              messages
                  .statusProperty()
                  .set(
                      "Merged "
                          + summary.files()
                          + " projects into "
                          + summary.team().getFileName()
                          + ": "
                          + summary.decisionsAdded()
                          + " decisions added, "
                          + summary.decisionsKnown()
                          + " already there");
            },
            failure -> messages.reportError("Nothing merged: " + failure.getMessage())));
  }

  /** Saves from now on every corpus the window opens and every prediction its queue receives. */
  public void saveWhatTheWindowMakes(MainViewModel window, ReviewQueueViewModel queue) {
    window
        .corpusProperty()
        .addListener(
            (observable, old, opened) -> {
              if (opened != null) {
                saveCorpus(opened);
              }
            });
    queue.onPredicted(this::savePredictions);
  }

  /**
   * Saves an opened corpus's documents and pairs in the project in use, in the background, so that
   * its decisions and predictions can be exported; again into each project switched to.
   */
  public void saveCorpus(PreparedCorpus opened) {
    corpus = opened;
    storage
        .project()
        .ifPresent(
            project ->
                writes.submit(
                    "save " + opened.source() + " in the project",
                    monitor -> projectCorpus.save(opened, project.contents()),
                    TaskCallbacks.of(
                        unmarkable -> {},
                        failure ->
                            messages.reportError(
                                "The pairs of "
                                    + opened.source()
                                    + " are not saved in the project, so an export"
                                    + " will miss them: "
                                    + failure.getMessage()))));
  }

  /** Saves predictions in the project in use, in the background, with the model that made them. */
  public void savePredictions(RelationClassifier model, Map<String, Prediction> made) {
    if (model == null || made.isEmpty()) {
      return;
    }
    ModelIdentity identity = ModelIdentity.of(model.description());
    Instant now = Instant.now();
    List<StoredPrediction> predictions =
        made.entrySet().stream()
            .map(entry -> new StoredPrediction(entry.getKey(), identity, entry.getValue(), now))
            .toList();
    storage
        .project()
        .ifPresent(
            project ->
                writes.submit(
                    "save predictions",
                    monitor -> {
                      project.contents().addPredictions(predictions);
                      return null;
                    },
                    TaskCallbacks.of(
                        done -> {},
                        failure ->
                            messages.reportError(
                                "Predictions are not saved in the project: "
                                    + failure.getMessage()))));
  }

  private String describe() {
    return storage
        .project()
        .map(ProjectDatabase::file)
        .map(f -> f.getFileName().toString())
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

  /** Whether a file named on the command line or dropped on the window is a project file. */
  public static boolean isProjectFile(Path file) {
    return file.getFileName() != null
        && file.getFileName().toString().endsWith(ProjectDatabase.EXTENSION);
  }

  /** A project named without the extension gets it, so the file chooser and the files agree. */
  static Path withExtension(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(ProjectDatabase.EXTENSION)
        ? file
        : file.resolveSibling(name + ProjectDatabase.EXTENSION);
  }
}
