package org.relexcurator.ui.shell;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.relexcurator.curation.evaluation.CuratedPairsReader;
import org.relexcurator.curation.export.CuratedProject;
import org.relexcurator.curation.export.ExportFormat;
import org.relexcurator.curation.export.ProjectExport;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.inference.SyntheticRelexLabels;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;
import org.relexcurator.ui.adjudication.AdjudicationView;
import org.relexcurator.ui.adjudication.AdjudicationViewModel;
import org.relexcurator.ui.evaluation.EvaluationReportView;
import org.relexcurator.ui.evaluation.EvaluationReportViewModel;
import org.relexcurator.ui.export.ExportView;
import org.relexcurator.ui.export.ExportViewModel;

/**
 * The windows that work on the whole project rather than on one pair: adjudicating the pairs
 * curators disagree on, exporting the curated pairs, and the evaluation report of the model against
 * the curated gold. Each opens on the project in use when it is asked for, beside the main window,
 * which stays usable; Esc closes each.
 */
final class ProjectWindows {

  private final ProjectViewModel projects;
  private final TaskExecutor executor;
  private final Supplier<String> curator;
  private final MainViewModel messages;

  /**
   * @param curator the curator's name as the settings have it when a window opens
   */
  ProjectWindows(
      ProjectViewModel projects,
      TaskExecutor executor,
      Supplier<String> curator,
      MainViewModel messages) {
    this.projects = projects;
    this.executor = executor;
    this.curator = curator;
    this.messages = messages;
  }

  /** The disputed pairs of the project in use, for the curator to give their final label. */
  void showAdjudication(Window owner) {
    Optional<ProjectDatabase> project = inUse();
    if (project.isEmpty()) {
      return;
    }
    // Labels offered for pairs without a prediction: the target model's sixteen.
    AdjudicationViewModel viewModel =
        new AdjudicationViewModel(
            project.get().decisions(),
            project.get().contents(),
            executor,
            curator.get(),
            SyntheticRelexLabels.ALL,
            Clock.systemDefaultZone());
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.setTitle("Adjudicate disputed pairs — " + project.get().file().getFileName());
    stage.setScene(new Scene(new BorderPane(new AdjudicationView(viewModel).node()), 900, 600));
    stage.setOnShown(event -> viewModel.refresh());
    stage
        .focusedProperty()
        .addListener(
            (observable, was, focused) -> {
              if (focused) {
                viewModel.refresh();
              }
            });
    EscapeCloses.window(stage).show();
  }

  /**
   * The evaluation report of the model against the curated gold in a curated-pairs JSONL file
   * ({@code relex export --all}), read and computed in the background.
   */
  void showEvaluation(Window owner, Path curatedPairs) {
    reportWindow(owner).open(curatedPairs);
  }

  private EvaluationReportViewModel reportWindow(Window owner) {
    EvaluationReportViewModel viewModel = new EvaluationReportViewModel(executor);
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage
        .titleProperty()
        .bind(
            viewModel.titleProperty().map(title -> title.isBlank() ? "Evaluation report" : title));
    // Wide enough for the metrics table's columns, never larger than the screen (1280x720 has
    // room for less than the report's height; its content scrolls).
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    stage.setScene(
        new Scene(
            new BorderPane(new EvaluationReportView(viewModel).node()),
            Math.min(1240, screen.getWidth()),
            Math.min(760, screen.getHeight() - 40)));
    stage.setOnHidden(event -> viewModel.cancel());
    EscapeCloses.window(stage).show();
    return viewModel;
  }

  /** Exports the project in use: gold pairs, or every pair, in a format the curator picks. */
  void showExport(Window owner) {
    Optional<ProjectDatabase> project = inUse();
    if (project.isEmpty()) {
      return;
    }
    ExportViewModel viewModel =
        new ExportViewModel(() -> project.get(), ProjectExport.standard(), executor);
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.setTitle("Export " + project.get().file().getFileName());
    stage.setScene(new Scene(new BorderPane(new ExportView(viewModel).node()), 640, 220));
    EscapeCloses.window(stage).show();
  }

  /**
   * The evaluation report of the project in use: every pair is exported (the unreviewed ones weight
   * the reviewed sample) and read back through the export's one reader. The scratch file in between
   * is the program's business: the report names the project, and the file is gone once read.
   */
  void showProjectEvaluation(Window owner) {
    Optional<ProjectDatabase> project = inUse();
    if (project.isEmpty()) {
      return;
    }
    messages.statusProperty().set("Gathering the project's curated pairs for the report…");
    executor.submit(
        "export for evaluation",
        monitor -> {
          Path scratch = Files.createTempFile("relex-evaluation-", ".jsonl");
          try {
            ProjectExport.standard()
                .export(CuratedProject.read(project.get()), ExportFormat.JSONL, scratch, true);
            try (InputStream in = Files.newInputStream(scratch)) {
              return CuratedPairsReader.read(project.get().file().getFileName().toString(), in);
            }
          } finally {
            Files.deleteIfExists(scratch);
          }
        },
        TaskCallbacks.of(
            pairs -> {
              messages
                  .statusProperty()
                  .set("Evaluating " + project.get().file().getFileName() + "…");
              reportWindow(owner).evaluate(pairs);
            },
            failure -> messages.reportError("No evaluation report: " + failure.getMessage())));
  }

  private Optional<ProjectDatabase> inUse() {
    Optional<ProjectDatabase> project = projects.project();
    if (project.isEmpty()) {
      messages.reportError(
          "Decisions are kept in memory only: open or create a project file"
              + " first (File → New Project…).");
    }
    return project;
  }
}
