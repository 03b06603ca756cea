package org.relexcurator.ui.settings;

import java.io.File;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.djl.DeviceChoice;

/**
 * The settings dialog: a form over {@link SettingsViewModel}. Which settings act at once and which
 * at the next model load or start is said beside them.
 *
 * <p>Keyboard: Alt plus a label's underlined letter goes to its field, Tab and Shift+Tab move, ↑/↓
 * change a number or a choice, Enter is OK, Esc is Cancel, Alt+A applies without closing.
 */
public final class SettingsView {

  /** The Apply button's type, so that tests and owners can find it. */
  public static final ButtonType APPLY = new ButtonType("_Apply", ButtonBar.ButtonData.APPLY);

  private static final Map<DeviceChoice, String> DEVICES =
      Map.of(
          DeviceChoice.AUTO, "Automatic: the GPU if libtorch finds one, else the CPU",
          DeviceChoice.CPU, "CPU",
          DeviceChoice.GPU, "GPU (needs the CUDA build of RelEx Curator)");
  private static final Map<MarkerMode, String> MARKER_MODES =
      Map.of(
          MarkerMode.EXACT,
          "Exact: markers around the two chosen mentions",
          MarkerMode.ALL_OCCURRENCES,
          "All occurrences: every occurrence of each entity, as in" + " training");

  private final SettingsViewModel viewModel;

  public SettingsView(SettingsViewModel viewModel) {
    this.viewModel = viewModel;
  }

  /** A new dialog showing the settings in force; closing it any way but OK drops the edits. */
  public Dialog<ButtonType> dialog(Window owner) {
    viewModel.revert();
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Settings");
    dialog.setResizable(true);
    dialog.getDialogPane().setId("settings-dialog");
    dialog
        .getDialogPane()
        .getStylesheets()
        .add(SettingsView.class.getResource("/org/relexcurator/ui/relex.css").toExternalForm());
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, APPLY, ButtonType.CANCEL);
    Spinner<Integer> threads =
        spinner(
            "settings-threads",
            Settings.AUTOMATIC_THREADS,
            Settings.cores(),
            viewModel.threadsProperty(),
            new ThreadsConverter());
    Spinner<Integer> batchSize =
        spinner(
            "settings-batch-size",
            Settings.MIN_BATCH_SIZE,
            Settings.MAX_BATCH_SIZE,
            viewModel.batchSizeProperty(),
            null);
    Spinner<Integer> fontSize =
        spinner(
            "settings-font-size",
            Settings.MIN_FONT_SIZE,
            Settings.MAX_FONT_SIZE,
            viewModel.fontSizeProperty(),
            null);
    dialog
        .getDialogPane()
        .setContent(
            new VBox(
                14,
                modelSection(threads, batchSize),
                pairsSection(owner),
                reviewSection(fontSize),
                footer()));
    Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
    ok.addEventFilter(
        ActionEvent.ACTION,
        event -> {
          commit(threads, batchSize, fontSize);
          if (!viewModel.apply()) {
            event.consume();
          }
        });
    Button apply = (Button) dialog.getDialogPane().lookupButton(APPLY);
    apply.disableProperty().bind(viewModel.changedProperty().not());
    apply.addEventFilter(
        ActionEvent.ACTION,
        event -> {
          commit(threads, batchSize, fontSize);
          viewModel.apply();
          event.consume();
        });
    dialog.setOnHidden(event -> viewModel.revert());
    Appearance.follow(dialog.getDialogPane().getScene(), viewModel.currentProperty());
    return dialog;
  }

  private Node modelSection(Spinner<Integer> threads, Spinner<Integer> batchSize) {
    ComboBox<DeviceChoice> device = choice("settings-device", DeviceChoice.values(), DEVICES::get);
    device.valueProperty().bindBidirectional(viewModel.deviceProperty());
    GridPane form = form();
    row(form, 0, "_Device", device);
    row(form, 1, "_Threads", threads);
    row(form, 2, "_Batch size", batchSize);
    return section(
        "Model",
        "Used the next time a model is loaded (Model \u2192 Open Model Folder\u2026, or Choose"
            + " model folder\u2026 on the welcome screen). Threads: automatic leaves one"
            + " core to the window; fewer leave room for other work. A larger batch is faster on a GPU and"
            + " needs more memory.",
        form);
  }

  private Node pairsSection(Window owner) {
    ComboBox<MarkerMode> markers =
        choice("settings-marker-mode", MarkerMode.values(), MARKER_MODES::get);
    markers.valueProperty().bindBidirectional(viewModel.markerModeProperty());
    Label specs = new Label();
    specs.setId("settings-specs");
    specs.textProperty().bind(viewModel.specsDescription());
    specs.setWrapText(true);
    Button choose = new Button("C_hoose file\u2026");
    choose.setOnAction(
        event -> {
          FileChooser chooser = new FileChooser();
          chooser.setTitle("Choose a relation-spec file");
          chooser
              .getExtensionFilters()
              .addAll(
                  new FileChooser.ExtensionFilter("Relation specs (JSON)", "*.json"),
                  new FileChooser.ExtensionFilter("All files", "*"));
          File file = chooser.showOpenDialog(owner);
          if (file != null) {
            viewModel.chooseRelationSpecs(file.toPath());
          }
        });
    Button bundled = new Button("Use b_undled");
    bundled.disableProperty().bind(viewModel.relationSpecsProperty().isNull());
    bundled.setOnAction(event -> viewModel.useBundledRelationSpecs());
    HBox specsRow = new HBox(8, specs, choose, bundled);
    HBox.setHgrow(specs, Priority.ALWAYS);
    GridPane form = form();
    row(form, 0, "_Marker mode", markers);
    Label specsLabel = new Label("Relation specs");
    form.addRow(1, specsLabel, specsRow);
    return section(
        "Candidate pairs",
        "Used from the next start of RelEx Curator; an open corpus keeps the pairs and markers"
            + " it was prepared with. The relation specs say which labels fit which pair of"
            + " entity types.",
        form);
  }

  private Node reviewSection(Spinner<Integer> fontSize) {
    TextField curator = new TextField();
    curator.setId("settings-curator");
    curator.textProperty().bindBidirectional(viewModel.curatorNameProperty());
    ComboBox<Theme> theme = choice("settings-theme", Theme.values(), Theme::displayName);
    theme.valueProperty().bindBidirectional(viewModel.themeProperty());
    CheckBox welcome = new CheckBox("Show the _welcome screen at every start");
    welcome.setId("settings-show-welcome");
    welcome.selectedProperty().bindBidirectional(viewModel.showWelcomeAtStartProperty());
    GridPane form = form();
    row(form, 0, "_Curator name", curator);
    row(form, 1, "T_heme", theme);
    row(form, 2, "_Font size", fontSize);
    form.add(welcome, 1, 3);
    return section(
        "Review",
        "Applied at once. Decisions are recorded under the curator name; undo and redo act on"
            + " that curator's decisions.",
        form);
  }

  private Node footer() {
    Label message = new Label();
    message.setId("settings-message");
    message.getStyleClass().add("error-message");
    message.setWrapText(true);
    message
        .textProperty()
        .bind(
            Bindings.when(viewModel.messageProperty().isNotEmpty())
                .then(viewModel.messageProperty())
                .otherwise(viewModel.saveProblemProperty()));
    message.visibleProperty().bind(message.textProperty().isNotEmpty());
    message.managedProperty().bind(message.visibleProperty());
    Label file = new Label("Saved in " + viewModel.file());
    file.setWrapText(true);
    return new VBox(6, message, file);
  }

  private static Node section(String title, String note, GridPane form) {
    Label heading = new Label(title);
    heading.getStyleClass().add("dialog-heading");
    Label explanation = new Label(note);
    explanation.setWrapText(true);
    // In em, so that a larger font keeps the same words to a line instead of more lines than fit.
    explanation.setStyle("-fx-max-width: 48em;");
    return new VBox(6, heading, explanation, form);
  }

  private static GridPane form() {
    GridPane form = new GridPane();
    form.setHgap(10);
    form.setVgap(6);
    form.setPadding(new Insets(0, 0, 0, 12));
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(110);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    form.getColumnConstraints().addAll(labels, fields);
    return form;
  }

  /** A labelled field whose label's underlined letter (with Alt) focuses it. */
  private static void row(GridPane form, int row, String label, Control field) {
    Label name = new Label(label);
    name.setMnemonicParsing(true);
    name.setLabelFor(field);
    form.addRow(row, name, field);
  }

  private static <T> ComboBox<T> choice(String id, T[] values, Function<T, String> name) {
    ComboBox<T> box = new ComboBox<>();
    box.setId(id);
    box.getItems().setAll(values);
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(T value) {
            return value == null ? "" : name.apply(value);
          }

          @Override
          public T fromString(String text) {
            return box.getItems().stream()
                .filter(v -> toString(v).equals(text))
                .findFirst()
                .orElse(null);
          }
        });
    return box;
  }

  private static Spinner<Integer> spinner(
      String id,
      int min,
      int max,
      javafx.beans.property.ObjectProperty<Integer> value,
      StringConverter<Integer> converter) {
    SpinnerValueFactory.IntegerSpinnerValueFactory factory =
        new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max);
    if (converter != null) {
      factory.setConverter(converter);
    }
    factory.valueProperty().bindBidirectional(value);
    Spinner<Integer> spinner = new Spinner<>(factory);
    spinner.setId(id);
    spinner.setEditable(true);
    // In em, so that "automatic" stays whole at a large font.
    spinner.setStyle("-fx-pref-width: 10em;");
    return spinner;
  }

  /** Takes what was typed into the number fields; a number that does not parse is dropped. */
  @SafeVarargs
  private static void commit(Spinner<Integer>... spinners) {
    for (Spinner<Integer> spinner : spinners) {
      try {
        spinner.commitValue();
      } catch (RuntimeException e) {
        spinner.cancelEdit();
      }
    }
  }

  /** Shows 0 threads as "automatic" and reads it back. */
  private static final class ThreadsConverter extends StringConverter<Integer> {

    @Override
    public String toString(Integer threads) {
      return threads == null || threads == Settings.AUTOMATIC_THREADS
          ? "automatic"
          : threads.toString();
    }

    @Override
    public Integer fromString(String text) {
      String value = text.strip();
      return value.isEmpty() || value.startsWith("auto")
          ? Settings.AUTOMATIC_THREADS
          : Integer.valueOf(value);
    }
  }
}
