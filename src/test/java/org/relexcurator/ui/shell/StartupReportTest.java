package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The start-up benchmark's line: printed once, when the window first shows. */
@ExtendWith(ApplicationExtension.class)
class StartupReportTest {

  @Test
  void theLineGivesTheWallClockAndTheTimeSinceJvmStart() {
    assertThat(StartupReport.line(Instant.ofEpochMilli(1_000), Instant.ofEpochMilli(3_345)))
        .isEqualTo("relex: first window shown at epoch-ms 3345, 2345 ms after JVM start");
  }

  @Test
  void reportsOnlyTheFirstShowingOfTheWindow(FxRobot robot) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Clock shownAt = Clock.fixed(Instant.ofEpochMilli(5_000), ZoneOffset.UTC);
    Stage[] window = new Stage[1];
    robot.interact(
        () -> {
          window[0] = new Stage();
          window[0].setScene(new Scene(new Pane(), 100, 100));
          StartupReport.attach(window[0], Instant.ofEpochMilli(4_000), shownAt, out);
        });
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();

    robot.interact(() -> window[0].show());
    robot.interact(() -> window[0].hide());
    robot.interact(() -> window[0].show());
    robot.interact(() -> window[0].hide());

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .containsExactly("relex: first window shown at epoch-ms 5000, 1000 ms after JVM start");
  }
}
