package org.relexcurator.ui.prediction;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.relexcurator.ui.prediction.LabelScore.LabelFit;

/**
 * One horizontal bar per label, in the order the view-model gives: a ✓ where the specs list the
 * label, its name, bar and score. The top label is bold and says so in words; labels the specs do
 * not list for the pair are grey and italic, so neither mark depends on colour alone.
 */
final class ScoreBars {

  private final GridPane grid = new GridPane();

  ScoreBars(ObservableList<LabelScore> scores) {
    grid.getStyleClass().add("score-bars");
    ColumnConstraints mark = new ColumnConstraints();
    mark.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints name = new ColumnConstraints();
    name.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints bar = new ColumnConstraints(80, 220, Double.MAX_VALUE);
    bar.setHgrow(Priority.ALWAYS);
    ColumnConstraints value = new ColumnConstraints();
    value.setMinWidth(Region.USE_PREF_SIZE);
    grid.getColumnConstraints().addAll(mark, name, bar, value);
    scores.addListener((ListChangeListener<LabelScore>) change -> rebuild(change.getList()));
    rebuild(scores);
  }

  Node node() {
    return grid;
  }

  private void rebuild(List<? extends LabelScore> scores) {
    grid.getChildren().clear();
    for (int row = 0; row < scores.size(); row++) {
      LabelScore score = scores.get(row);
      String fitClass = score.fit().name().toLowerCase(Locale.ROOT).replace('_', '-');
      Label mark = new Label(score.fit() == LabelFit.LISTED ? "✓" : "");
      mark.getStyleClass().add("bar-mark");
      Label name = new Label(score.label());
      name.getStyleClass().addAll("bar-label", fitClass);
      Region fill = new Region();
      fill.getStyleClass().addAll("bar", fitClass);
      StackPane track = new StackPane(fill);
      track.getStyleClass().add("bar-track");
      StackPane.setAlignment(fill, Pos.CENTER_LEFT);
      fill.setMaxWidth(Region.USE_PREF_SIZE);
      fill.prefWidthProperty().bind(track.widthProperty().multiply(score.score()));
      Label value =
          new Label(
              String.format(Locale.ROOT, "%.3f", score.score()) + (score.top() ? "  top" : ""));
      value.getStyleClass().addAll("bar-value", fitClass);
      if (score.top()) {
        name.getStyleClass().add("top");
        fill.getStyleClass().add("top");
        value.getStyleClass().add("top");
      }
      track.setAccessibleRole(AccessibleRole.TEXT);
      track.setAccessibleText(score.label() + " " + value.getText() + ", " + fitClass);
      grid.addRow(row, mark, name, track, value);
    }
  }
}
