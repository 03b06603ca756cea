package org.relexcurator.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: opens the main window on the files named on the command line. */
public final class DesktopApp extends Application {

  /** Starts JavaFX; called from a class that does not extend Application so a plain class path works. */
  public static void launchWith(String[] files) {
    Application.launch(DesktopApp.class, files);
  }

  @Override
  public void start(Stage stage) {
    List<Path> files = getParameters().getRaw().stream().map(Path::of).toList();
    new MainWindow(files).show(stage);
  }
}
