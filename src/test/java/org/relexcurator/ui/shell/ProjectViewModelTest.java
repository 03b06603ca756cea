package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.cli.Main;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.team.TeamStudy;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.RelationClassifier;
import org.relexcurator.inference.SyntheticRelexLabels;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Prediction;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.task.SynchronousTaskExecutor;
import org.relexcurator.task.TaskMonitor;

class ProjectViewModelTest {

  @TempDir Path home;
  private DecisionStorage storage;
  private MainViewModel messages;
  private final AtomicInteger switches = new AtomicInteger();
  private ProjectViewModel projects;

  @BeforeEach
  void openDefaultProject() throws Exception {
    System.setProperty("relex.data.home", home.toString());
    storage = DecisionStorage.openDefault();
    SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
    Preferences prefs = Preferences.userRoot().node("org/relexcurator/test/projects");
    prefs.clear();
    messages =
        new MainViewModel(
            executor, CorpusPreparation.standard(MarkerMode.EXACT), new RecentFiles(prefs));
    projects =
        new ProjectViewModel(
            storage,
            executor,
            executor,
            CorpusPreparation.standard(MarkerMode.EXACT),
            switches::incrementAndGet,
            messages);
  }

  @AfterEach
  void close() throws Exception {
    storage.close();
    System.clearProperty("relex.data.home");
  }

  @Test
  void aNewProjectGetsTheExtensionTakesTheDecisionsAndNamesTheWindow() throws Exception {
    assertThat(projects.titleProperty().get()).isEqualTo("default-project.relex");

    projects.create(home.resolve("cdr-review"));
    storage
        .store()
        .record(
            DecisionDraft.labelled(
                "d1|T0|T1",
                "alice",
                "treats",
                "treats",
                0.9,
                null,
                "",
                Instant.parse("2026-11-25T10:00:00Z"),
                Duration.ofSeconds(2)));

    assertThat(home.resolve("cdr-review.relex")).exists();
    assertThat(projects.titleProperty().get()).isEqualTo("cdr-review.relex");
    assertThat(switches).hasValue(1);
    assertThat(storage.project().orElseThrow().file()).isEqualTo(home.resolve("cdr-review.relex"));
    assertThat(storage.store().current()).containsOnlyKeys("d1|T0|T1");
  }

  @Test
  void aFileThatIsNoProjectIsReportedAndTheProjectInUseStays() throws Exception {
    Path notAProject = Files.writeString(home.resolve("notes.relex"), "not a database");

    projects.open(notAProject);

    assertThat(switches).hasValue(0);
    assertThat(projects.titleProperty().get()).isEqualTo("default-project.relex");
    assertThat(messages.errorProperty().get())
        .startsWith("The project stays as it was: ")
        .contains("notes.relex");
  }

  /** A study assigned to ann and ben, ann's first pair labelled in her project. */
  private List<Path> assignedAndDecided() throws Exception {
    Path study = TeamStudy.create(home.resolve("study.relex"));
    int exit =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            "assign",
            study.toString(),
            "--curators",
            "ann,ben",
            "--out",
            home.resolve("team").toString());
    assertThat(exit).isZero();
    Path ann = home.resolve("team/ann.relex");
    try (ProjectDatabase project = ProjectDatabase.open(ann)) {
      String first = project.contents().pairs().get(0).key();
      project.decisions().record(TeamStudy.label(first, "ann", "treats", TeamStudy.START));
    }
    return List.of(ann, home.resolve("team/ben.relex"));
  }

  @Test
  void mergingProjectsMakesTheTeamProjectAndUsesIt() throws Exception {
    List<Path> curators = assignedAndDecided();

    projects.merge(curators, home.resolve("team-merged"));

    assertThat(messages.errorProperty().get()).isNull();
    assertThat(switches).hasValue(1);
    assertThat(projects.titleProperty().get()).isEqualTo("team-merged.relex");
    assertThat(storage.store().log())
        .anySatisfy(d -> assertThat(d.curator()).isEqualTo("ann"))
        .anySatisfy(d -> assertThat(d.curator()).isEqualTo("lead"));
  }

  @Test
  void aMergeRefusedForAnotherCorpusSaysWhichFileAndTheProjectInUseStays() throws Exception {
    List<Path> curators = new ArrayList<>(assignedAndDecided());
    Path stranger = home.resolve("stranger.relex");
    try (ProjectDatabase project = ProjectDatabase.create(stranger)) {
      project.contents().putDocuments(TeamStudy.documents("sha256:0ther"));
    }
    curators.add(stranger);

    projects.merge(curators, home.resolve("team-merged.relex"));

    assertThat(switches).hasValue(0);
    assertThat(projects.titleProperty().get()).isEqualTo("default-project.relex");
    assertThat(messages.errorProperty().get())
        .startsWith("Nothing merged: ")
        .contains(stranger + " is of another corpus");
    assertThat(home.resolve("team-merged.relex")).doesNotExist();
  }

  @Test
  void anOpenedCorpusAndItsPredictionsAreSavedSoThatTheProjectExportsThem() throws Exception {
    Path sample =
        Files.copy(
            Path.of("resources/samples/biored-dev-sample.pubtator"),
            home.resolve("sample.pubtator"));
    PreparedCorpus corpus = CorpusPreparation.standard(MarkerMode.EXACT).prepare(sample);
    CandidatePair first = corpus.pairs().get(0);
    Prediction prediction =
        new Prediction(
            SyntheticRelexLabels.ALL,
            SyntheticRelexLabels.ALL.stream()
                .mapToDouble(label -> label.equals("treats") ? 3 : 0)
                .toArray());
    RelationClassifier model = new FixedModel(prediction);

    projects.saveCorpus(corpus);
    projects.savePredictions(model, Map.of(first.key(), prediction));
    storage
        .store()
        .record(
            DecisionDraft.labelled(
                first.key(),
                "alice",
                "treats",
                "treats",
                prediction.topScore(),
                null,
                "",
                Instant.parse("2026-11-25T10:00:00Z"),
                Duration.ofSeconds(5)));

    ProjectDatabase project = storage.project().orElseThrow();
    assertThat(project.contents().documents())
        .hasSize(corpus.documents().size())
        .allSatisfy(document -> assertThat(document.contentHash()).startsWith("sha256:"));
    assertThat(project.contents().pairs()).hasSize(corpus.pairs().size());
    assertThat(project.contents().latestPredictions()).containsOnlyKeys(first.key());
    storage.close();
    Path exported = home.resolve("gold.jsonl");
    int exit =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            "export",
            project.file().toString(),
            "--format",
            "jsonl",
            "--out",
            exported.toString());
    assertThat(exit).isZero();
    List<String> lines = Files.readAllLines(exported);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0))
        .contains("\"doc_id\":\"" + first.documentId() + "\"")
        .contains("\"label\":\"treats\"")
        .contains("\"curator\":\"alice\"");
    storage = DecisionStorage.openDefault();
  }

  /** A model that gives every input the same scores; only its description is read here. */
  private record FixedModel(Prediction prediction) implements RelationClassifier {
    @Override
    public ModelDescription description() {
      return new ModelDescription(
          "fixed", null, SyntheticRelexLabels.ALL, "cpu", true, "sha256:fixed");
    }

    @Override
    public List<Prediction> classify(List<String> inputs, TaskMonitor monitor) {
      return inputs.stream().map(input -> prediction).toList();
    }

    @Override
    public void close() {}
  }
}
