package org.relexcurator.ui.curation;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.relexcurator.model.ReasonCode;
import org.relexcurator.ui.keys.KeyAction;
import org.relexcurator.ui.keys.KeyArea;
import org.relexcurator.ui.keys.KeyBindings;

/**
 * The deciding pane: the shown pair, the model's verdict, the decision in force, and every way to
 * decide. It only builds nodes and binds them to its {@link CurationViewModel}.
 *
 * <p>Keys: the {@link KeyArea#DECIDING} rows of the keymap, bound for the whole window by {@link
 * #bindKeys}. Letters and numbers typed into the label filter or the note stay there.
 */
public final class CurationView {

  private static final Duration AGE_REFRESH = Duration.seconds(30);

  /** The label list's least height when shown: about three labels. */
  private static final double LIST_MIN_HEIGHT = 80;

  private final CurationViewModel viewModel;
  private final VBox root = new VBox();
  private final TextField filter = new TextField();
  private final ListView<LabelChoice> labelList = new ListView<>();
  private final ComboBox<String> reasonBox = new ComboBox<>();
  private final TextField noteField = new TextField();

  /**
   * Set when a key moved focus into a text field: the character that key types arrives there next,
   * and must not land in the field.
   */
  private boolean swallowTyped;

  public CurationView(CurationViewModel viewModel) {
    this.viewModel = viewModel;
    root.getStyleClass().add("curation-pane");
    root.getStylesheets().add(CurationView.class.getResource("curation.css").toExternalForm());
    root.setFocusTraversable(true);
    root.setOnMousePressed(
        event -> {
          if (!inInputField(event.getTarget())) {
            root.requestFocus();
          }
        });
    root.addEventFilter(
        KeyEvent.KEY_TYPED,
        event -> {
          if (swallowTyped) {
            swallowTyped = false;
            event.consume();
          }
        });
    root.addEventFilter(KeyEvent.KEY_RELEASED, event -> swallowTyped = false);
    root.getChildren()
        .addAll(pairSection(), decideButtons(), labelSection(), remarkSection(), footer());
    Timeline ages = new Timeline(new KeyFrame(AGE_REFRESH, event -> viewModel.refreshTimes()));
    ages.setCycleCount(Timeline.INDEFINITE);
    ages.play();
  }

  /** The pane, to place in the main window. */
  public Node node() {
    return root;
  }

  /**
   * Binds the deciding keys for the whole window, so that they work wherever the focus is; a key
   * the pane handled goes no further, so it never acts twice.
   */
  public void bindKeys(KeyBindings window) {
    window
        .bind(KeyAction.ACCEPT, viewModel::accept)
        .bind(KeyAction.CHOOSE_LABEL, event -> viewModel.chooseShortcut(digit(event.getCode())))
        .bind(KeyAction.FIND_LABEL, () -> focusTextField(filter))
        .bind(KeyAction.NO_RELATION, viewModel::markNone)
        .bind(KeyAction.SKIP, viewModel::skip)
        .bind(KeyAction.FLAG, viewModel::flag)
        .bind(
            KeyAction.CHOOSE_REASON,
            () -> {
              reasonBox.requestFocus();
              reasonBox.show();
            })
        .bind(KeyAction.WRITE_NOTE, () -> focusTextField(noteField))
        .bind(KeyAction.UNDO, viewModel::undo)
        .bind(KeyAction.REDO, viewModel::redo);
  }

  /** "1" for the digit 1 on the main row or the keypad ("Numpad 1"). */
  private static String digit(KeyCode code) {
    String name = code.getName();
    return name.substring(name.length() - 1);
  }

  private Node pairSection() {
    Label title = styled(new Label(), "pair-title");
    title.textProperty().bind(viewModel.pairTitleProperty());
    title.setWrapText(true);
    title.setMinHeight(Region.USE_PREF_SIZE);

    Label verdict = styled(new Label(), "model-verdict");
    verdict.textProperty().bind(viewModel.modelVerdictProperty());
    HBox model = row(styled(new Label("Model says"), "caption"), verdict);

    Label current = styled(new Label(), "current-decision");
    current.textProperty().bind(viewModel.currentDecisionProperty());
    current.setWrapText(true);
    HBox inForce = row(styled(new Label("Decision in force"), "caption"), current);
    inForce.visibleProperty().bind(viewModel.hasPairProperty());
    inForce.managedProperty().bind(inForce.visibleProperty());
    FlowPane verdictLine = new FlowPane(12, 2, model, inForce);
    verdictLine.setRowValignment(VPos.BASELINE);

    return new VBox(2, title, verdictLine);
  }

  private Node decideButtons() {
    Button accept =
        button("✓ Accept", KeyAction.ACCEPT, "The model's label is right", viewModel::accept);
    accept.setId("accept-button");
    accept.getStyleClass().add("accept-button");
    accept.disableProperty().bind(viewModel.canAcceptProperty().not());
    Button none =
        button("None", KeyAction.NO_RELATION, "No relation between E1 and E2", viewModel::markNone);
    Button skip = button("Skip", KeyAction.SKIP, "Leave this pair for later", viewModel::skip);
    Button flag = button("Flag", KeyAction.FLAG, "Needs discussion", viewModel::flag);
    for (Button button : List.of(none, skip, flag)) {
      button.disableProperty().bind(viewModel.canDecideProperty().not());
    }
    none.setId("none-button");
    skip.setId("skip-button");
    flag.setId("flag-button");
    Button undo = button("↶ Undo", KeyAction.UNDO, "Undo your last decision", viewModel::undo);
    undo.setId("undo-button");
    undo.disableProperty().bind(viewModel.canUndoProperty().not());
    Button redo = button("↷ Redo", KeyAction.REDO, "Redo what you undid", viewModel::redo);
    redo.setId("redo-button");
    redo.disableProperty().bind(viewModel.canRedoProperty().not());
    FlowPane buttons = new FlowPane(6, 6, accept, none, skip, flag, undo, redo);
    buttons.setAlignment(Pos.CENTER_LEFT);
    return buttons;
  }

  private Node labelSection() {
    Label caption = styled(new Label(), "caption");
    caption.textProperty().bind(viewModel.labelPicker().labelsCaptionProperty());
    caption.setWrapText(true);

    filter.setId("label-filter");
    filter.setPromptText("Find a label (" + KeyAction.FIND_LABEL.firstKeyText() + ")");
    filter.textProperty().bindBidirectional(viewModel.labelPicker().labelFilterProperty());
    filter.disableProperty().bind(viewModel.canDecideProperty().not());
    filter.setOnAction(
        event -> {
          viewModel.chooseHighlighted();
          root.requestFocus();
        });
    filter.addEventHandler(
        KeyEvent.KEY_PRESSED,
        event -> {
          switch (event.getCode()) {
            case DOWN -> viewModel.labelPicker().highlightNext();
            case UP -> viewModel.labelPicker().highlightPrevious();
            case ESCAPE -> {
              viewModel.labelPicker().labelFilterProperty().set("");
              root.requestFocus();
            }
            default -> {
              return;
            }
          }
          event.consume();
        });

    labelList.setId("label-list");
    labelList.setItems(viewModel.labelPicker().visibleLabels());
    labelList.setFocusTraversable(false);
    labelList.setPrefHeight(150);
    labelList.setCellFactory(list -> new LabelChoiceCell());
    labelList.disableProperty().bind(viewModel.canDecideProperty().not());
    viewModel
        .labelPicker()
        .highlightedProperty()
        .addListener((property, before, now) -> selectHighlighted());
    viewModel
        .labelPicker()
        .visibleLabels()
        .addListener((ListChangeListener<LabelChoice>) change -> selectHighlighted());
    VBox.setVgrow(labelList, Priority.ALWAYS);

    // The list is folded away when the pane is short (at 1280x720 its room goes to the
    // prediction's 16 bars), until the curator looks for another label (L or typing) or opens it.
    ToggleButton showList = new ToggleButton("All labels");
    showList.setId("label-list-toggle");
    showList.setMinWidth(Region.USE_PREF_SIZE);
    showList.setFocusTraversable(false);
    showList.setTooltip(new Tooltip("Show every label with its number key"));
    HBox.setHgrow(filter, Priority.ALWAYS);
    HBox findLine = new HBox(6, filter, showList);
    findLine.setAlignment(Pos.CENTER_LEFT);
    labelList.setMinHeight(LIST_MIN_HEIGHT);
    VBox section = new VBox(4, findLine, caption, labelList);
    VBox.setVgrow(section, Priority.ALWAYS);
    // The section grows into the pane's spare height whether the list shows or not, so its height
    // says whether the list fits; the margin over the list's minimum keeps this from flickering.
    BooleanBinding roomy = section.heightProperty().greaterThan(2 * LIST_MIN_HEIGHT);
    showList.visibleProperty().bind(roomy.not());
    showList.managedProperty().bind(showList.visibleProperty());
    BooleanBinding listShown =
        showList
            .selectedProperty()
            .or(roomy)
            .or(filter.focusedProperty())
            .or(filter.textProperty().isNotEmpty())
            // A click in the list moves focus out of the filter; the list stays for that click.
            .or(labelList.hoverProperty());
    for (Node folded : List.of(caption, labelList)) {
      folded.visibleProperty().bind(listShown);
      folded.managedProperty().bind(listShown);
    }
    return section;
  }

  private void selectHighlighted() {
    LabelChoice highlighted = viewModel.labelPicker().highlightedProperty().get();
    if (highlighted == null) {
      labelList.getSelectionModel().clearSelection();
    } else {
      labelList.getSelectionModel().select(highlighted);
      labelList.scrollTo(highlighted);
    }
  }

  private Node remarkSection() {
    List<String> reasons = new ArrayList<>();
    reasons.add("no reason");
    for (ReasonCode code : ReasonCode.values()) {
      reasons.add(code.description());
    }
    reasonBox.setId("reason-box");
    reasonBox.setMinWidth(Region.USE_PREF_SIZE);
    reasonBox.getItems().setAll(reasons);
    reasonBox.getSelectionModel().select(0);
    reasonBox
        .valueProperty()
        .addListener(
            (property, before, now) -> {
              int index = reasons.indexOf(now);
              viewModel.reasonProperty().set(index <= 0 ? null : ReasonCode.values()[index - 1]);
            });
    viewModel
        .reasonProperty()
        .addListener(
            (property, before, now) ->
                reasonBox.setValue(now == null ? reasons.get(0) : now.description()));
    reasonBox.setOnHidden(event -> root.requestFocus());
    reasonBox.disableProperty().bind(viewModel.canDecideProperty().not());

    noteField.setId("note-field");
    noteField.textProperty().bindBidirectional(viewModel.noteProperty());
    noteField.setOnAction(event -> root.requestFocus());
    noteField.addEventHandler(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() == KeyCode.ESCAPE) {
            root.requestFocus();
            event.consume();
          }
        });
    noteField.disableProperty().bind(viewModel.canDecideProperty().not());
    HBox.setHgrow(noteField, Priority.ALWAYS);

    Label reasonLabel = shortcutLabel("Reason", KeyAction.CHOOSE_REASON);
    reasonLabel.setLabelFor(reasonBox);
    Label noteLabel = shortcutLabel("Note", KeyAction.WRITE_NOTE);
    noteLabel.setLabelFor(noteField);
    HBox line = new HBox(6, reasonLabel, reasonBox, noteLabel, noteField);
    line.setAlignment(Pos.CENTER_LEFT);
    return line;
  }

  private Node footer() {
    Label status = styled(new Label(), "status");
    status.textProperty().bind(viewModel.statusProperty());
    status.setWrapText(true);
    status.setMinHeight(Region.USE_PREF_SIZE);
    showOnlyWithText(status);

    Label error = styled(new Label(), "error");
    error.setId("curation-error");
    error.textProperty().bind(viewModel.errorProperty());
    error.setWrapText(true);
    showOnlyWithText(error);
    return new VBox(4, status, error);
  }

  private void focusTextField(TextField field) {
    field.requestFocus();
    swallowTyped = true;
  }

  /** Whether a click or key went to a text field or the reason chooser, which keep focus. */
  private boolean inInputField(Object target) {
    for (Node node = target instanceof Node n ? n : null;
        node != null && node != root;
        node = node.getParent()) {
      if (node instanceof TextInputControl || node == reasonBox) {
        return true;
      }
    }
    return false;
  }

  private Button button(String text, KeyAction key, String tip, Runnable action) {
    // The key is a small cap beside the name, not part of it, so that a narrow pane shows the
    // whole button instead of cutting its name short.
    Label keyCap = styled(new Label(key.firstKeyText()), "key-cap");
    Button button = new Button(text, keyCap);
    button.setContentDisplay(ContentDisplay.RIGHT);
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.setTooltip(new Tooltip(tip + " — " + key.keyText()));
    button.setFocusTraversable(false);
    button.setOnAction(
        event -> {
          action.run();
          root.requestFocus();
        });
    return button;
  }

  private static Label shortcutLabel(String text, KeyAction key) {
    Label label = styled(new Label(text + " (" + key.firstKeyText() + ")"), "caption");
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }

  private static HBox row(Node... nodes) {
    HBox row = new HBox(8, nodes);
    row.setAlignment(Pos.BASELINE_LEFT);
    return row;
  }

  private static <T extends Node> T styled(T node, String styleClass) {
    node.getStyleClass().add(styleClass);
    return node;
  }

  private static void showOnlyWithText(Label label) {
    label.visibleProperty().bind(Bindings.isNotEmpty(label.textProperty()));
    label.managedProperty().bind(label.visibleProperty());
  }

  /**
   * A label with its number key; labels the specs allow are bold and tagged, and a rule separates
   * them from the rest, so the split never depends on colour alone.
   */
  private final class LabelChoiceCell extends ListCell<LabelChoice> {

    private final Label key = styled(new Label(), "shortcut-key");
    private final Label name = new Label();
    private final Label tag = styled(new Label("in specs"), "specs-tag");
    private final HBox content;

    LabelChoiceCell() {
      Region spacer = new Region();
      HBox.setHgrow(spacer, Priority.ALWAYS);
      content = new HBox(8, key, name, spacer, tag);
      content.setAlignment(Pos.CENTER_LEFT);
      getStyleClass().add("label-choice");
      setOnMouseClicked(
          event -> {
            if (event.getButton() == MouseButton.PRIMARY && getItem() != null) {
              viewModel.choose(getItem().label());
              root.requestFocus();
            }
          });
    }

    @Override
    protected void updateItem(LabelChoice item, boolean empty) {
      super.updateItem(item, empty);
      getStyleClass().removeAll("allowed", "first-other");
      if (empty || item == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      key.setText(item.shortcut().isEmpty() ? " " : item.shortcut());
      key.setVisible(!item.shortcut().isEmpty());
      name.setText(item.label());
      tag.setVisible(item.allowed());
      if (item.allowed()) {
        getStyleClass().add("allowed");
      } else if (getIndex() > 0 && getListView().getItems().get(getIndex() - 1).allowed()) {
        getStyleClass().add("first-other");
      }
      setText(null);
      setGraphic(content);
    }
  }
}
