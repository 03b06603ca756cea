package org.relexcurator.ui.help;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Help → About: the version, the model in use and, for a test model, its warning. */
public final class AboutView {

  private final VBox root;

  public AboutView(AboutInfo info) {
    Label title = new Label(info.title());
    title.setId("about-title");
    title.getStyleClass().add("dialog-heading");
    Label text = new Label(info.text());
    text.setId("about-text");
    text.setWrapText(true);
    root = new VBox(10, title);
    if (info.warning() != null) {
      Label warning = new Label(info.warning());
      warning.setId("about-test-model-warning");
      warning.getStyleClass().add("test-model-warning");
      warning.setWrapText(true);
      root.getChildren().add(warning);
    }
    root.getChildren().add(text);
    root.setPadding(new Insets(4));
    root.setMaxWidth(560);
  }

  public Node node() {
    return root;
  }
}
