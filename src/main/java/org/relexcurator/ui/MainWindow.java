package org.relexcurator.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The main window. */
public final class MainWindow {

  private final List<Path> files;

  public MainWindow(List<Path> files) {
    this.files = List.copyOf(files);
  }

  public void show(Stage stage) {
    BorderPane root = new BorderPane(new Label(files.isEmpty()
        ? "Open a corpus to begin."
        : "Files: " + String.join(", ", files.stream().map(Path::toString).toList())));
    stage.setTitle("RelEx Curator");
    stage.setScene(new Scene(root, 1100, 720));
    stage.show();
  }
}
