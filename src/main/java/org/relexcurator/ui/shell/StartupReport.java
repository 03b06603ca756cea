package org.relexcurator.ui.shell;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * With {@code -Drelex.startup.report=true}, prints one line when the first window shows: the wall
 * clock time, so that a benchmark started outside the JVM can measure from its own launch, and the
 * time since the JVM started. The installer's start-up benchmark reads it.
 */
final class StartupReport {

  static final String PROPERTY = "relex.startup.report";

  private StartupReport() {}

  static void attachIfRequested(Stage stage) {
    if (Boolean.getBoolean(PROPERTY)) {
      Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
      attach(stage, jvmStart, Clock.systemUTC(), System.err);
    }
  }

  /** Prints {@link #line} the first time {@code stage} is shown, and never again. */
  static void attach(Stage stage, Instant jvmStart, Clock clock, PrintStream out) {
    stage.addEventHandler(
        WindowEvent.WINDOW_SHOWN,
        new EventHandler<WindowEvent>() {
          @Override
          public void handle(WindowEvent event) {
            stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
            out.println(line(jvmStart, clock.instant()));
            out.flush();
          }
        });
  }

  static String line(Instant jvmStart, Instant shown) {
    return "relex: first window shown at epoch-ms "
        + shown.toEpochMilli()
        + ", "
        + Duration.between(jvmStart, shown).toMillis()
        + " ms after JVM start";
  }
}
