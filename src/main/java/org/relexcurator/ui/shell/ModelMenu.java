package org.relexcurator.ui.shell;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.RelationClassifier;

/**
 * The Model menu: open a model folder, the model in use (folder, fingerprint, device, and whether
 * it is a test model), and a check of its folder. The description is a label, not a greyed-out
 * item, so that it reads at full contrast and can be read in full.
 */
final class ModelMenu {

  private ModelMenu() {}

  /**
   * @param openFolder what Open Model Folder… does
   * @param check checks a model folder (Check Model); {@code null} leaves the entry out
   */
  static Menu of(ModelViewModel model, Runnable openFolder, Consumer<Path> check) {
    MenuItem openModel = new MenuItem("Open Model Folder…");
    openModel.setAccelerator(KeyCombination.keyCombination("Shortcut+M"));
    openModel.setOnAction(event -> openFolder.run());
    Label description = new Label();
    description.setId("model-menu-description");
    description.getStyleClass().add("model-menu-description");
    CustomMenuItem loaded = new CustomMenuItem(description, false);
    Menu menu = new Menu("_Model", null, openModel, new SeparatorMenuItem(), loaded);
    if (check != null) {
      MenuItem checkModel = new MenuItem("Check Model");
      checkModel.setId("menu-check-model");
      checkModel.setOnAction(
          event -> {
            RelationClassifier classifier = model.classifierProperty().get();
            if (classifier != null) {
              check.accept(Path.of(classifier.description().location()));
            }
          });
      checkModel.disableProperty().bind(model.classifierProperty().isNull());
      menu.getItems().add(checkModel);
    }
    menu.setOnShowing(event -> description.setText(describe(model)));
    description.setText(describe(model));
    return menu;
  }

  /** The model in use in a few lines, or what the model's loading says while there is none. */
  static String describe(ModelViewModel model) {
    RelationClassifier classifier = model.classifierProperty().get();
    if (classifier == null) {
      return model.statusProperty().get();
    }
    ModelDescription loaded = classifier.description();
    return String.join(
        "\n",
        "In use: " + loaded.name(),
        "Folder: " + loaded.location(),
        "Fingerprint: " + loaded.fingerprint(),
        "Device: " + loaded.device(),
        loaded.testModel()
            ? ModelDescription.TEST_MODEL_WARNING
            : "Trained model (not a test model)");
  }
}
