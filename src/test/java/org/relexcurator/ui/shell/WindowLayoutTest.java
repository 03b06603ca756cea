package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window comes back as the curator left it: size and split positions. */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {

  private final Preferences root =
      Preferences.userRoot().node("org/relexcurator/test-" + UUID.randomUUID());
  private final Preferences layoutStore = root.node("window");
  private final FxTaskExecutor work = new FxTaskExecutor(1);
  private Stage window;

  @Start
  void start(Stage primary) {
    new WindowLayout(
            Double.NaN, Double.NaN, 1000, 700, false, new double[] {0.25, 0.6}, new double[] {0.4})
        .save(layoutStore);
    // A window of its own, so that closing it leaves TestFX's primary stage to other tests.
    window = new Stage();
    CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);
    ModelViewModel model = new ModelViewModel(work, ClassifierSettings.defaults(), "unused");
    CorpusViewModel corpus = new CorpusViewModel();
    ReviewWorkspace workspace =
        new ReviewWorkspace(
            work,
            work,
            preparation,
            new InMemoryCurationStore(),
            "alice",
            Clock.systemUTC(),
            corpus,
            model);
    new MainWindow(
            new MainViewModel(work, preparation, new RecentFiles(root.node("recent"))),
            model,
            corpus,
            workspace,
            List.<Path>of(),
            layoutStore)
        .show(window);
  }

  @AfterEach
  void cleanUp() throws Exception {
    WaitForAsyncUtils.asyncFx(window::hide).get();
    work.close();
    root.removeNode();
  }

  @Test
  void theSavedLayoutIsUsedAndTheLayoutAtClosingIsSaved(FxRobot robot) throws Exception {
    SplitPane main = (SplitPane) window.getScene().getRoot().lookup(".split-pane");
    assertThat(window.getScene().getWidth()).isEqualTo(1000);
    assertThat(main.getDividerPositions()[0]).isCloseTo(0.25, offset(0.02));

    robot.interact(() -> main.setDividerPositions(0.3, 0.62));
    WaitForAsyncUtils.waitForFxEvents();
    double[] atClosing = main.getDividerPositions();
    assertThat(atClosing[0]).isNotCloseTo(0.25, offset(0.01));
    robot.interact(window::close);

    WindowLayout saved = WindowLayout.load(layoutStore);
    assertThat(saved.mainDividers()).containsExactly(atClosing, offset(1e-9));
    assertThat(saved.width()).isEqualTo(1000);
  }

  @Test
  void aLayoutTallerOrWiderThanTheScreenIsFittedToItAndTheRestKept() {
    WindowLayout fitted = WindowLayout.DEFAULT.fittedTo(1280, 720, 40);

    assertThat(fitted.width()).isEqualTo(1280);
    assertThat(fitted.height()).isEqualTo(680);
    assertThat(fitted.mainDividers()).containsExactly(WindowLayout.DEFAULT.mainDividers());
    assertThat(WindowLayout.DEFAULT.fittedTo(1920, 1080, 40)).isEqualTo(WindowLayout.DEFAULT);
    assertThat(WindowLayout.DEFAULT.fittedTo(1024, 1080, 40).width()).isEqualTo(1024);
  }

  @Test
  void unreadableSavedDividersFallBackToTheDefault() {
    Preferences broken = root.node("broken");
    broken.put("mainDividers", "0.5,abc");
    broken.put("middleDividers", "1.5");

    WindowLayout layout = WindowLayout.load(broken);

    assertThat(layout.mainDividers()).containsExactly(WindowLayout.DEFAULT.mainDividers());
    assertThat(layout.middleDividers()).containsExactly(WindowLayout.DEFAULT.middleDividers());
  }
}
