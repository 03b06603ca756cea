package org.relexcurator.ui;

import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop window. */
public final class DesktopApp extends Application {

  /** Starts JavaFX; kept off {@code Application} subclasses' main so a plain class path works. */
  public static void launchWith(String[] files) {
    Application.launch(DesktopApp.class, files);
  }

  @Override
  public void start(Stage stage) {
    List<String> files = getParameters().getRaw();
    BorderPane root = new BorderPane(new Label(files.isEmpty()
        ? "Open a corpus to begin."
        : "Files: " + String.join(", ", files)));
    stage.setTitle("RelEx Curator");
    stage.setScene(new Scene(root, 1100, 720));
    stage.show();
  }
}
