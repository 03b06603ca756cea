package org.relexcurator.ui.prediction;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.relexcurator.inference.ModelDescription;

/**
 * The prediction panel: a warning when the two directions contradict each other, the model's input
 * with its markers, the top label and score, the reverse direction, and a bar for every label.
 *
 * <p>Keyboard: <kbd>Alt+D</kbd> shows or hides an error's details, <kbd>Alt+T</kbd> scores the pair
 * again after an error. The panel follows the current pair; it has no other actions.
 */
public final class PredictionView {

  private static final String STYLESHEET =
      PredictionView.class.getResource("prediction.css").toExternalForm();

  private final PredictionViewModel viewModel;
  private final VBox root = new VBox();
  private final Label banner = new Label(ModelDescription.TEST_MODEL_WARNING);

  public PredictionView(PredictionViewModel viewModel) {
    this.viewModel = viewModel;
    root.getStylesheets().add(STYLESHEET);
    root.getStyleClass().add("prediction-panel");
    styleBanner();
    root.getChildren()
        .addAll(directionWarning(), details(), noResult(), scoring(), error(), result());
  }

  public Node node() {
    return root;
  }

  /**
   * The TEST MODEL banner, shown while the model is a test model: placed by the window above both
   * the prediction and the deciding pane, so that one banner covers every score and verdict shown.
   */
  public Node banner() {
    return banner;
  }

  private void styleBanner() {
    banner.getStylesheets().add(STYLESHEET);
    banner.getStyleClass().add("test-model-banner");
    banner.setWrapText(true);
    banner.setMinHeight(Region.USE_PREF_SIZE);
    banner.setMaxWidth(Double.MAX_VALUE);
    showWhen(banner, viewModel.testModelProperty());
  }

  /**
   * The model, the pair's direction, the model's input with its markers and what the bars' marks
   * mean, folded to one title line by default: the document pane shows the sentence with E1 and E2
   * marked, and the room is the bars'.
   */
  private Node details() {
    Label model = new Label();
    model.getStyleClass().add("model-name");
    model.setWrapText(true);
    model.setMinHeight(Region.USE_PREF_SIZE);
    model.textProperty().bind(viewModel.modelProperty());
    TextFlow flow = new TextFlow();
    flow.getStyleClass().add("model-input");
    viewModel.sentenceProperty().addListener((observable, old, pieces) -> fill(flow, pieces));
    Label specs = note();
    specs.textProperty().bind(viewModel.specsNoteProperty());
    Label scale =
        note(
            "Scores come from class-weighted training: they rank labels but are"
                + " not calibrated probabilities.");
    VBox content = new VBox(4, model, direction(), flow, specs, scale);
    TitledPane details = new TitledPane("Model input and notes", content);
    details.getStyleClass().add("model-input-pane");
    details.setExpanded(false);
    details.setAnimated(false);
    showWhen(details, Bindings.isNotEmpty(flow.getChildren()));
    return details;
  }

  private static Label note(String... text) {
    Label note = new Label(String.join("", text));
    note.getStyleClass().add("specs-note");
    note.setWrapText(true);
    note.setMinHeight(Region.USE_PREF_SIZE);
    return note;
  }

  private static void fill(TextFlow flow, List<SentencePiece> pieces) {
    flow.getChildren().clear();
    for (SentencePiece piece : pieces) {
      Text text = new Text(piece.text());
      String role = piece.role().name().toLowerCase(Locale.ROOT).replace('_', '-');
      text.getStyleClass().add("piece-" + role);
      flow.getChildren().add(text);
    }
  }

  private Node direction() {
    Label direction = new Label();
    direction.getStyleClass().add("direction");
    direction.setWrapText(true);
    direction.setMinHeight(Region.USE_PREF_SIZE);
    direction.textProperty().bind(viewModel.directionProperty());
    showWhen(direction, viewModel.directionProperty().isNotEmpty());
    return direction;
  }

  private Node noResult() {
    Label message = new Label();
    message.getStyleClass().add("state-message");
    message.setWrapText(true);
    message.setMinHeight(Region.USE_PREF_SIZE);
    message.textProperty().bind(viewModel.messageProperty());
    showWhen(message, inState(PredictionState.NO_PAIR).or(inState(PredictionState.NO_MODEL)));
    return message;
  }

  private Node scoring() {
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.getStyleClass().add("scoring-spinner");
    Label message = new Label();
    message.textProperty().bind(viewModel.messageProperty());
    HBox box = new HBox(8, spinner, message);
    box.setAlignment(Pos.CENTER_LEFT);
    box.getStyleClass().add("scoring");
    showWhen(box, inState(PredictionState.SCORING));
    return box;
  }

  private Node error() {
    Label message = new Label();
    message.getStyleClass().add("error-message");
    message.setWrapText(true);
    message.setMinHeight(Region.USE_PREF_SIZE);
    message.textProperty().bind(viewModel.messageProperty());
    ToggleButton details = new ToggleButton("Show _details");
    details.setMnemonicParsing(true);
    details
        .textProperty()
        .bind(
            Bindings.when(details.selectedProperty())
                .then("Hide _details")
                .otherwise("Show _details"));
    // Alt+T: Alt+R opens the Review menu (KeyAction.SCORE_AGAIN).
    Button retry = new Button("Re_try");
    retry.setOnAction(event -> viewModel.retry());
    TextArea trace = new TextArea();
    trace.getStyleClass().add("error-details");
    trace.setEditable(false);
    trace.setPrefRowCount(8);
    trace.textProperty().bind(viewModel.errorDetailsProperty());
    showWhen(trace, details.selectedProperty());
    VBox box = new VBox(6, message, new HBox(8, details, retry), trace);
    box.getStyleClass().add("error-box");
    showWhen(box, inState(PredictionState.ERROR));
    viewModel.stateProperty().addListener((observable, old, now) -> details.setSelected(false));
    return box;
  }

  /**
   * The answer in one heading line, the reverse direction on the next, then the bars: sized to show
   * all 16 labels at 1280x720 without scrolling.
   */
  private Node result() {
    Label caption = new Label("E1 → E2");
    caption.getStyleClass().add("caption");
    Label label = new Label();
    label.getStyleClass().add("top-label");
    label.setMinWidth(Region.USE_PREF_SIZE);
    label.textProperty().bind(viewModel.topLabelProperty());
    Label score = new Label();
    score.getStyleClass().add("top-score");
    score.setMinWidth(Region.USE_PREF_SIZE);
    score.textProperty().bind(viewModel.topScoreProperty());
    Label note = new Label();
    note.getStyleClass().add("top-note");
    note.setMinWidth(Region.USE_PREF_SIZE);
    note.textProperty().bind(viewModel.topNoteProperty());
    FlowPane answer = new FlowPane(8, 0, caption, label, score, note);
    answer.getStyleClass().add("answer");
    answer.setAlignment(Pos.BASELINE_LEFT);
    answer.setRowValignment(VPos.BASELINE);
    Label reverse = new Label();
    reverse.getStyleClass().add("reverse-summary");
    reverse.setWrapText(true);
    reverse.setMinHeight(Region.USE_PREF_SIZE);
    reverse.textProperty().bind(viewModel.reverseSummaryProperty());
    VBox box = new VBox(2, answer, reverse, new ScoreBars(viewModel.labelScores()).node());
    box.getStyleClass().add("result");
    showWhen(box, inState(PredictionState.RESULT));
    return box;
  }

  /**
   * A line of its own, shown only when the two directions contradict each other: at the top, so
   * that it is in view however short the panel is.
   */
  private Node directionWarning() {
    Label warning = new Label();
    warning.getStyleClass().add("direction-warning");
    warning.setWrapText(true);
    warning.setMinHeight(Region.USE_PREF_SIZE);
    warning.setMaxWidth(Double.MAX_VALUE);
    warning.textProperty().bind(viewModel.directionWarningProperty());
    showWhen(warning, viewModel.directionWarningProperty().isNotEmpty());
    return warning;
  }

  private BooleanBinding inState(PredictionState state) {
    return viewModel.stateProperty().isEqualTo(state);
  }

  private static void showWhen(Node node, ObservableBooleanValue condition) {
    node.visibleProperty().bind(condition);
    node.managedProperty().bind(condition);
  }
}
