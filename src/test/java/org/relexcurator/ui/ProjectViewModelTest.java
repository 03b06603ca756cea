package org.relexcurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.task.SynchronousTaskExecutor;

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
    messages = new MainViewModel(executor, CorpusPreparation.standard(MarkerMode.EXACT),
        new RecentFiles(prefs));
    projects = new ProjectViewModel(storage, executor, switches::incrementAndGet, messages);
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
    storage.store().record(DecisionDraft.labelled("d1|T0|T1", "alice", "treats", "treats", 0.9,
        null, "", Instant.parse("2026-11-25T10:00:00Z"), Duration.ofSeconds(2)));

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
    assertThat(messages.errorProperty().get()).startsWith("The project stays as it was: ")
        .contains("notes.relex");
  }
}
