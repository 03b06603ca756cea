package org.relexcurator.ui.queue;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.relexcurator.ui.keys.KeyAction;
import org.relexcurator.ui.keys.KeyArea;
import org.relexcurator.ui.keys.KeyBindings;

/**
 * The review queue: filters above, the table of candidate pairs, and the "predict all" bar below.
 *
 * <p>Keyboard: the {@link KeyArea#QUEUE} rows of the keymap anywhere in the window once {@link
 * #bindKeys} has bound them (search the pairs, next order, predict all), and the {@link
 * KeyArea#QUEUE_FOCUSED} rows while the queue has the focus (↓/↑ move through the pairs, each
 * becoming the current pair; Esc cancels "predict all"). Column headers sort on click; Shift+click
 * adds a second key.
 */
public final class ReviewQueueView {

  private static final String STYLESHEET =
      ReviewQueueView.class.getResource("queue.css").toExternalForm();
  private static final List<QueueOrder> CHOSEN_ORDERS =
      List.of(
          QueueOrder.CORPUS,
          QueueOrder.LEAST_CONFIDENCE,
          QueueOrder.SMALLEST_MARGIN,
          QueueOrder.HIGHEST_ENTROPY);

  /** A column's width at the default font size, which a larger font scales. */
  private static final String BASE_WIDTH = "relex.baseWidth";

  private static final double DEFAULT_FONT_SIZE = 13;

  private final ReviewQueueViewModel viewModel;
  private final BorderPane root = new BorderPane();
  private final TableView<QueueRow> table = new TableView<>();

  private final TextField search = new TextField();
  private final ComboBox<QueueOrder> order = new ComboBox<>();

  /** Held here because bidirectional bindings keep only weak references. */
  private final ObjectProperty<Double> minScore;

  private final ObjectProperty<Double> maxScore;

  public ReviewQueueView(ReviewQueueViewModel viewModel) {
    this.viewModel = viewModel;
    this.minScore = viewModel.filters().minScoreProperty().asObject();
    this.maxScore = viewModel.filters().maxScoreProperty().asObject();
    root.getStylesheets().add(STYLESHEET);
    root.getStyleClass().add("review-queue");
    root.setTop(filters());
    root.setCenter(table());
    root.setBottom(predictBar());
    KeyBindings.on(root)
        .bindWhile(
            KeyAction.CANCEL_PREDICT_ALL,
            viewModel.predictingProperty()::get,
            viewModel::cancelPredictAll);
  }

  public Node node() {
    return root;
  }

  /** Binds the queue's keys for the whole window. */
  public void bindKeys(KeyBindings window) {
    window
        .bind(
            KeyAction.FIND_PAIR,
            () -> {
              search.requestFocus();
              search.selectAll();
            })
        .bind(
            KeyAction.NEXT_ORDER,
            () -> {
              QueueOrder now = viewModel.sorting().orderProperty().get();
              int at = CHOSEN_ORDERS.indexOf(now);
              viewModel.sorting().sortBy(CHOSEN_ORDERS.get((at + 1) % CHOSEN_ORDERS.size()));
            })
        .bind(KeyAction.PREDICT_ALL, viewModel::predictAll);
  }

  /** Search and order on the first line; the drop-down filters wrap below when space is short. */
  private Node filters() {
    // Short enough to read whole beside the order at 1280 pixels and a large font; the tooltip
    // says what is searched, and the key.
    search.setPromptText("Search pairs");
    search.setTooltip(
        new javafx.scene.control.Tooltip(
            "Search sentences, mentions and labels (" + KeyAction.FIND_PAIR.firstKeyText() + ")"));
    search.getStyleClass().add("search");
    search.setMinWidth(160);
    search.textProperty().bindBidirectional(viewModel.filters().textProperty());
    search.setOnAction(
        event -> {
          if (!viewModel.visibleRows().isEmpty()) {
            viewModel.select(viewModel.visibleRows().get(0));
            table.requestFocus();
          }
        });
    HBox.setHgrow(search, Priority.ALWAYS);
    HBox first = new HBox(8, search, fixed(new Label("Order")), order());
    first.setAlignment(Pos.CENTER_LEFT);

    ComboBox<Choice<String>> label =
        choices(
            viewModel.filters().labelChoices(),
            viewModel.filters().labelFilterProperty(),
            "Predicted label",
            "label-filter");
    ComboBox<Choice<String>> typePair =
        choices(
            viewModel.filters().typePairChoices(),
            viewModel.filters().typePairFilterProperty(),
            "Type pair",
            "type-pair-filter");
    ComboBox<Choice<ReviewStatus>> status =
        choices(
            viewModel.filters().statusChoices(),
            viewModel.filters().statusFilterProperty(),
            "Status",
            "status-filter");
    ComboBox<Choice<DirectionStatus>> directions =
        choices(
            viewModel.filters().directionsChoices(),
            viewModel.filters().directionsFilterProperty(),
            "Direction check: do the top labels of E1 → E2 and E2 → E1 contradict each other?",
            "directions-filter");
    HBox score =
        new HBox(
            6,
            new Label("Score"),
            scoreSpinner(minScore, "lowest top score shown"),
            new Label("to"),
            scoreSpinner(maxScore, "highest top score shown"));
    score.setAlignment(Pos.CENTER_LEFT);
    Label summary = new Label();
    summary.getStyleClass().add("summary");
    summary.textProperty().bind(viewModel.summaryProperty());
    FlowPane second = new FlowPane(8, 6, label, typePair, status, directions, score, summary);
    second.setAlignment(Pos.CENTER_LEFT);
    return new VBox(6, first, second);
  }

  private static <T extends Region> T fixed(T node) {
    node.setMinWidth(Region.USE_PREF_SIZE);
    return node;
  }

  /** A filter drop-down; its style class gives it a set width (see queue.css). */
  private static <T> ComboBox<Choice<T>> choices(
      ObservableList<Choice<T>> items,
      ObjectProperty<Choice<T>> value,
      String what,
      String styleClass) {
    ComboBox<Choice<T>> box = fixed(new ComboBox<>(items));
    box.getStyleClass().add(styleClass);
    box.valueProperty().bindBidirectional(value);
    box.setTooltip(new Tooltip(what));
    box.setAccessibleText(what + " filter");
    return box;
  }

  private static Spinner<Double> scoreSpinner(ObjectProperty<Double> value, String what) {
    SpinnerValueFactory.DoubleSpinnerValueFactory factory =
        new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1, value.get(), 0.05);
    factory.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Double number) {
            return number == null ? "" : String.format(Locale.ROOT, "%.2f", number);
          }

          @Override
          public Double fromString(String text) {
            try {
              return Math.max(0, Math.min(1, Double.parseDouble(text.strip().replace(',', '.'))));
            } catch (NumberFormatException e) {
              return value.get();
            }
          }
        });
    factory.valueProperty().bindBidirectional(value);
    Spinner<Double> spinner = fixed(new Spinner<>(factory));
    spinner.setEditable(true);
    spinner.getStyleClass().add("score-spinner");
    spinner.setTooltip(new Tooltip(what));
    spinner.setAccessibleText(what);
    return spinner;
  }

  private Node order() {
    fixed(order);
    order.getItems().setAll(CHOSEN_ORDERS);
    order.setValue(viewModel.sorting().orderProperty().get());
    order.setTooltip(new Tooltip("Which pairs come first (Ctrl+U cycles)"));
    order
        .valueProperty()
        .addListener(
            (observable, old, now) -> {
              if (now != null && now != viewModel.sorting().orderProperty().get()) {
                viewModel.sorting().sortBy(now);
              }
            });
    viewModel
        .sorting()
        .orderProperty()
        .addListener(
            (observable, old, now) -> {
              order.setValue(now);
              if (now != QueueOrder.COLUMNS) {
                table.getSortOrder().clear();
              }
            });
    return order;
  }

  private Node table() {
    table.getStyleClass().add("queue-table");
    table.itemsProperty().bind(viewModel.visibleRowsListProperty());
    Label placeholder = new Label();
    placeholder
        .textProperty()
        .bind(
            Bindings.when(viewModel.loadingProperty())
                .then("Preparing the candidate pairs…")
                .otherwise("No candidate pairs match."));
    table.setPlaceholder(placeholder);
    TableColumn<QueueRow, List<SnippetPart>> sentence = sentence();
    // What a curator decides on comes first, so that it is in view in the default window without
    // scrolling sideways: the sentence already shows E1 and E2, styled. The menu button at the
    // right of the headers shows and hides columns; headers can be dragged to reorder them.
    table
        .getColumns()
        .setAll(
            List.of(
                sentence,
                property("Predicted", QueueRow::predictedLabelProperty, 140),
                number("Score", QueueRow::scoreProperty),
                status(),
                property("Curated", QueueRow::curatedLabelProperty, 110),
                directions(),
                mention("E1", QueueRow::firstText),
                text("E1 type", QueueRow::firstType, 84),
                mention("E2", QueueRow::secondText),
                text("E2 type", QueueRow::secondType, 84),
                number("Margin", QueueRow::marginProperty),
                number("Entropy", QueueRow::entropyProperty),
                text("Document", row -> row.pair().documentId(), 84)));
    table.setTableMenuButtonVisible(true);
    // The sentence takes the room the other columns leave; where there is too little, the table
    // scrolls sideways rather than squeezing numbers into "…". The other columns' widths are for
    // the default 13 px font and grow with a larger one, so that headers and numbers stay whole.
    Runnable fit =
        () -> {
          double scale = search.getFont().getSize() / DEFAULT_FONT_SIZE;
          table.getColumns().stream()
              .filter(c -> c != sentence)
              .forEach(c -> c.setPrefWidth(scale * (Double) c.getProperties().get(BASE_WIDTH)));
          double others =
              table.getColumns().stream()
                  .filter(c -> c != sentence)
                  .mapToDouble(TableColumn::getPrefWidth)
                  .sum();
          sentence.setPrefWidth(Math.max(sentence.getMinWidth(), table.getWidth() - others - 18));
        };
    table.widthProperty().addListener((observable, old, width) -> fit.run());
    search.fontProperty().addListener((observable, old, font) -> fit.run());
    // Sorting goes through the view-model, which also owns the uncertainty orders.
    table.setSortPolicy(
        sorted -> {
          viewModel.sorting().sortByColumns(sorted.getComparator());
          return true;
        });
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (observable, old, now) -> {
              if (now != null) {
                viewModel.select(now);
              }
            });
    // A re-filter after a chunk or a decision may drop the table's selection; the view-model
    // still knows the current row, so select it again where it now is.
    viewModel
        .visibleRows()
        .addListener(
            (ListChangeListener<QueueRow>)
                change -> {
                  QueueRow current = viewModel.currentRowProperty().get();
                  if (current != null
                      && table.getSelectionModel().getSelectedItem() != current
                      && viewModel.visibleRows().contains(current)) {
                    table.getSelectionModel().select(current);
                  }
                });
    viewModel
        .currentRowProperty()
        .addListener(
            (observable, old, now) -> {
              if (now == null) {
                table.getSelectionModel().clearSelection();
              } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
              }
            });
    return table;
  }

  private static TableColumn<QueueRow, String> text(
      String title, Function<QueueRow, String> value, double width) {
    return column(title, row -> new ReadOnlyStringWrapper(value.apply(row)), width);
  }

  /** A mention's text: one line, as every row is (queue.css); the panes beside show it whole. */
  private static TableColumn<QueueRow, String> mention(
      String title, Function<QueueRow, String> value) {
    TableColumn<QueueRow, String> column = text(title, value, 100);
    column.getStyleClass().add("mention-column");
    return column;
  }

  private static TableColumn<QueueRow, String> property(
      String title, Function<QueueRow, ObservableValue<String>> value, double width) {
    return column(title, value, width);
  }

  private static <T> TableColumn<QueueRow, T> column(
      String title, Function<QueueRow, ObservableValue<T>> value, double width) {
    TableColumn<QueueRow, T> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> value.apply(cell.getValue()));
    column.setPrefWidth(width);
    column.getProperties().put(BASE_WIDTH, width);
    return column;
  }

  /** The snippet, E1 and E2 styled as in the prediction panel, the whole sentence as tooltip. */
  private static TableColumn<QueueRow, List<SnippetPart>> sentence() {
    TableColumn<QueueRow, List<SnippetPart>> column =
        column("Sentence", row -> new ReadOnlyObjectWrapper<>(row.snippetParts()), 380);
    column.getStyleClass().add("sentence-column");
    column.setMinWidth(200);
    column.setComparator(Comparator.comparing(SentenceSnippet::text));
    column.setCellFactory(
        c ->
            new TableCell<>() {
              private final Tooltip sentence = new Tooltip();

              {
                sentence.setWrapText(true);
                sentence.setMaxWidth(600);
                Rectangle clip = new Rectangle();
                // A little short of the cell, so clipped text does not run into the next column.
                clip.widthProperty().bind(widthProperty().subtract(6));
                clip.heightProperty().bind(heightProperty());
                setClip(clip);
              }

              @Override
              protected void updateItem(List<SnippetPart> parts, boolean empty) {
                super.updateItem(parts, empty);
                if (empty || parts == null) {
                  setGraphic(null);
                  setTooltip(null);
                  return;
                }
                HBox line = new HBox();
                for (SnippetPart part : parts) {
                  Text text = new Text(part.text());
                  text.getStyleClass()
                      .addAll(
                          "snippet-text", "snippet-" + part.role().name().toLowerCase(Locale.ROOT));
                  line.getChildren().add(text);
                }
                setGraphic(line);
                QueueRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                  sentence.setText(row.document().sentenceText(row.pair().sentence()));
                }
                setTooltip(row == null ? null : sentence);
              }
            });
    return column;
  }

  private static TableColumn<QueueRow, Double> number(
      String title, Function<QueueRow, ObservableValue<Double>> value) {
    TableColumn<QueueRow, Double> column = column(title, value, 66);
    column.getStyleClass().add("number-column");
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(Double number, boolean empty) {
                super.updateItem(number, empty);
                setText(empty || number == null ? "" : String.format(Locale.ROOT, "%.3f", number));
              }
            });
    return column;
  }

  private static TableColumn<QueueRow, ReviewStatus> status() {
    TableColumn<QueueRow, ReviewStatus> column = column("Status", QueueRow::statusProperty, 112);
    column.setCellFactory(c -> new StatusCell());
    return column;
  }

  private static TableColumn<QueueRow, DirectionStatus> directions() {
    TableColumn<QueueRow, DirectionStatus> column =
        column("Directions", QueueRow::directionsProperty, 108);
    column.setCellFactory(c -> new DirectionsCell());
    return column;
  }

  private Node predictBar() {
    Button predict = new Button("_Predict all");
    predict.setTooltip(
        new Tooltip(
            "Score every pair that has no prediction yet ("
                + KeyAction.PREDICT_ALL.firstKeyText()
                + ")"));
    predict.setOnAction(event -> viewModel.predictAll());
    predict
        .disableProperty()
        .bind(
            viewModel
                .predictingProperty()
                .or(viewModel.classifierProperty().isNull())
                .or(viewModel.loadingProperty())
                .or(Bindings.isEmpty(viewModel.allRows())));
    ProgressBar progress = new ProgressBar();
    progress.getStyleClass().add("predict-progress");
    progress.progressProperty().bind(viewModel.progressProperty());
    progress.visibleProperty().bind(viewModel.predictingProperty());
    progress.managedProperty().bind(viewModel.predictingProperty());
    progress.setPrefWidth(220);
    Label text = new Label();
    text.getStyleClass().add("progress-text");
    text.textProperty()
        .bind(
            Bindings.when(viewModel.classifierProperty().isNull())
                .then("Load a model to predict.")
                .otherwise(viewModel.progressTextProperty()));
    Button cancel = new Button("Cancel");
    cancel.setTooltip(
        new Tooltip(
            "Stop after the chunk in flight; predictions made so far stay ("
                + KeyAction.CANCEL_PREDICT_ALL.firstKeyText()
                + " in the queue)"));
    cancel.setOnAction(event -> viewModel.cancelPredictAll());
    cancel.disableProperty().bind(viewModel.predictingProperty().not());
    // The buttons keep their words; the bar and the progress line give way, the line wrapping.
    predict.setMinWidth(Region.USE_PREF_SIZE);
    cancel.setMinWidth(Region.USE_PREF_SIZE);
    progress.setMinWidth(60);
    text.setWrapText(true);
    text.setMinWidth(0);
    HBox bar = new HBox(8, predict, progress, text, cancel);
    HBox.setHgrow(text, Priority.ALWAYS);
    text.setMaxWidth(Double.MAX_VALUE);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("predict-bar");
    return bar;
  }

  /** Exposed for the composing window: the table, to give it focus when the queue opens. */
  public Node focusTarget() {
    return table;
  }
}
