package org.relexcurator.ui.adjudication;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.relexcurator.ui.keys.KeyAction;
import org.relexcurator.ui.keys.KeyArea;
import org.relexcurator.ui.keys.KeyBindings;

/**
 * The adjudication pane: how well the curators agree, the pairs they labelled differently, and for
 * the selected pair every curator's verdict and the labels to settle it with. It only builds nodes
 * and binds them to its {@link AdjudicationViewModel}.
 *
 * <p>Keys, while focus is in the pane: the {@link KeyArea#ADJUDICATION} rows of the keymap; the
 * table has the focus when the pane opens, and Tab to any label's button and Space gives that
 * label.
 */
public final class AdjudicationView {

  private final AdjudicationViewModel viewModel;
  private final VBox root = new VBox();
  private final TableView<DisputedPair> table = new TableView<>();
  private final TextField noteField = new TextField();
  private final VBox verdicts = new VBox(4);
  private final FlowPane choiceButtons = new FlowPane(6, 6);

  /** Set when T moved focus into the note: the "t" it types arrives there next. */
  private boolean swallowTyped;

  public AdjudicationView(AdjudicationViewModel viewModel) {
    this.viewModel = viewModel;
    root.getStyleClass().add("adjudication-pane");
    root.getStylesheets()
        .add(AdjudicationView.class.getResource("adjudication.css").toExternalForm());
    KeyBindings.on(root)
        .bind(
            KeyAction.ADJUDICATE_LABEL,
            event ->
                viewModel.chooseShortcut(
                    event.getText().isEmpty() ? event.getCode().getChar() : event.getText()))
        .bind(
            KeyAction.ADJUDICATION_NOTE,
            () -> {
              swallowTyped = true;
              noteField.requestFocus();
            })
        .bind(KeyAction.READ_DISPUTES_AGAIN, viewModel::refresh);
    root.addEventFilter(
        KeyEvent.KEY_TYPED,
        event -> {
          if (swallowTyped) {
            swallowTyped = false;
            event.consume();
          }
        });
    root.addEventFilter(KeyEvent.KEY_RELEASED, event -> swallowTyped = false);
    VBox.setVgrow(table, Priority.ALWAYS);
    root.getChildren().addAll(header(), table(), details(), footer());
  }

  /** The pane, to place in the main window. */
  public Node node() {
    return root;
  }

  private Node header() {
    Label summary = styled(new Label(), "agreement-summary");
    summary.setId("agreement-summary");
    summary.textProperty().bind(viewModel.summaryProperty());
    summary.setWrapText(true);
    Label loading = styled(new Label("Reading the decisions…"), "caption");
    loading.visibleProperty().bind(viewModel.loadingProperty());
    loading.managedProperty().bind(loading.visibleProperty());
    Label mentions = styled(new Label(), "caption");
    mentions.setId("mention-disputes");
    mentions.textProperty().bind(viewModel.mentionDisputesProperty());
    mentions.setWrapText(true);
    mentions.visibleProperty().bind(viewModel.mentionDisputesProperty().isNotEmpty());
    mentions.managedProperty().bind(mentions.visibleProperty());
    return new VBox(2, summary, mentions, loading);
  }

  private Node table() {
    table.setId("disputed-pairs");
    table.setItems(viewModel.pairs());
    table.setPlaceholder(
        new Label(
            "No disputed pairs: every pair several curators labelled has"
                + " one label, or was adjudicated."));
    table.getColumns().add(column("Pair", DisputedPair::pairKey, 150));
    table.getColumns().add(column("E1", DisputedPair::e1, 120));
    table.getColumns().add(column("E2", DisputedPair::e2, 120));
    table.getColumns().add(column("Labels", DisputedPair::labelsText, 220));
    table.getColumns().add(column("Notes", DisputedPair::remarksText, 260));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (property, before, now) -> {
              if (now != null) {
                viewModel.select(now);
              }
            });
    viewModel.selectedProperty().addListener((property, before, now) -> showSelected(now));
    return table;
  }

  private static TableColumn<DisputedPair, String> column(
      String title, Function<DisputedPair, String> text, double width) {
    TableColumn<DisputedPair, String> column = new TableColumn<>(title);
    column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
    column.setPrefWidth(width);
    // The rows are the view-model's, in the order first decided; the table does not re-sort them.
    column.setSortable(false);
    return column;
  }

  private void showSelected(DisputedPair pair) {
    if (pair == null) {
      table.getSelectionModel().clearSelection();
    } else if (pair != table.getSelectionModel().getSelectedItem()) {
      table.getSelectionModel().select(pair);
      table.scrollTo(pair);
    }
    verdicts.getChildren().clear();
    if (pair == null) {
      return;
    }
    Label title = styled(new Label(pair.title()), "pair-title");
    Label sentence = styled(new Label(pair.sentence()), "sentence");
    sentence.setWrapText(true);
    verdicts.getChildren().addAll(title, sentence);
    for (CuratorVerdict verdict : pair.verdicts()) {
      Label curator = styled(new Label(verdict.curator()), "verdict-curator");
      Label label =
          styled(
              new Label(verdict.label() == null ? "no label" : verdict.label()),
              verdict.label() == null ? "verdict-none" : "verdict-label");
      Label remark = styled(new Label(verdict.remark()), "caption");
      remark.setWrapText(true);
      HBox line = new HBox(8, curator, label, remark);
      line.setAlignment(Pos.CENTER_LEFT);
      verdicts.getChildren().add(line);
    }
  }

  private Node details() {
    verdicts.setId("verdicts");
    choiceButtons.setId("final-labels");
    viewModel.choices().addListener((ListChangeListener<FinalLabelChoice>) change -> showChoices());
    Label caption = styled(new Label("Final label (number keys)"), "caption");

    noteField.setId("adjudication-note");
    noteField.setPromptText("Note for the curators (T)");
    noteField.textProperty().bindBidirectional(viewModel.noteProperty());
    noteField.setOnAction(event -> table.requestFocus());
    noteField.addEventHandler(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() == KeyCode.ESCAPE) {
            table.requestFocus();
            event.consume();
          }
        });
    noteField.disableProperty().bind(viewModel.selectedProperty().isNull());
    HBox.setHgrow(noteField, Priority.ALWAYS);
    Label noteLabel = new Label("Note");
    noteLabel.setLabelFor(noteField);
    HBox note = new HBox(6, noteLabel, noteField);
    note.setAlignment(Pos.CENTER_LEFT);

    VBox details = new VBox(6, verdicts, caption, choiceButtons, note);
    details.getStyleClass().add("details");
    details.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
    return details;
  }

  private void showChoices() {
    choiceButtons.getChildren().clear();
    for (FinalLabelChoice choice : viewModel.choices()) {
      Button button = new Button(choice.text());
      button.getStyleClass().add("final-label");
      if (!choice.givenBy().isEmpty()) {
        button.getStyleClass().add("given");
      }
      button.setTooltip(
          new Tooltip(
              "Make "
                  + choice.label()
                  + " the gold label"
                  + (choice.shortcut().isEmpty() ? "" : " (" + choice.shortcut() + ")")));
      button.setOnAction(event -> viewModel.adjudicate(choice.label()));
      button.disableProperty().bind(viewModel.busyProperty());
      choiceButtons.getChildren().add(button);
    }
  }

  private Node footer() {
    Label status = styled(new Label(), "status");
    status.setId("adjudication-status");
    status.textProperty().bind(viewModel.statusProperty());
    Label error = styled(new Label(), "error");
    error
        .textProperty()
        .bind(viewModel.errorProperty().map(text -> text.isEmpty() ? "" : "⚠ " + text));
    error.setWrapText(true);
    Button refresh =
        new Button("Read again (" + KeyAction.READ_DISPUTES_AGAIN.firstKeyText() + ")");
    refresh.setOnAction(event -> viewModel.refresh());
    HBox footer = new HBox(8, refresh, status);
    footer.setAlignment(Pos.CENTER_LEFT);
    return new VBox(4, error, footer);
  }

  private static <T extends Label> T styled(T label, String styleClass) {
    label.getStyleClass().add(styleClass);
    return label;
  }
}
