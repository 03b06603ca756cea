package org.relexcurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

  @Start
  void start(Stage stage) {
    new MainWindow(java.util.List.of()).show(stage);
  }

  @Test
  void windowOpensWithItsTitleAndAnInvitationToOpenACorpus(FxRobot robot) {
    assertThat(robot.listWindows()).anySatisfy(w ->
        assertThat(((Stage) w).getTitle()).isEqualTo("RelEx Curator"));
    assertThat(robot.lookup(".label").queryAs(Label.class).getText())
        .isEqualTo("Open a corpus to begin.");
  }
}
