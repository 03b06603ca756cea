package org.relexcurator.ui.evaluation;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.relexcurator.curation.evaluation.ReliabilityBin;
import org.relexcurator.curation.evaluation.ReportFigures;

/**
 * The reliability diagram: a bar per top-score band up to its accuracy, a diamond at the band's
 * mean score on the dashed diagonal of perfect calibration, the band's pair count at the foot of
 * its bar. Shapes, not colours, tell bars, diamonds and the diagonal apart.
 */
final class ReliabilityPlot extends Pane {

  private static final double SIZE = 240;
  private static final double LEFT = 56;
  private static final double TOP = 12;

  ReliabilityPlot() {
    getStyleClass().add("reliability-plot");
    setMinSize(LEFT + SIZE + 16, TOP + SIZE + 48);
    setPrefSize(LEFT + SIZE + 16, TOP + SIZE + 48);
    setMaxSize(LEFT + SIZE + 16, TOP + SIZE + 48);
    draw(List.of());
  }

  void draw(List<ReliabilityBin> bins) {
    getChildren().clear();
    Rectangle frame = new Rectangle(LEFT, TOP, SIZE, SIZE);
    frame.getStyleClass().add("plot-frame");
    getChildren().add(frame);
    for (int i = 0; i <= 10; i += 2) {
      double v = i / 10.0;
      getChildren().add(text(String.format(Locale.ROOT, "%.1f", v), x(v) - 8, TOP + SIZE + 16));
      getChildren().add(text(String.format(Locale.ROOT, "%.1f", v), LEFT - 26, y(v) + 4));
    }
    getChildren().add(text("top score", LEFT + SIZE / 2 - 26, TOP + SIZE + 34));
    Text accuracy = text("accuracy", 0, TOP + SIZE / 2);
    accuracy.setRotate(-90);
    accuracy.setTranslateX(-14);
    getChildren().add(accuracy);
    for (ReliabilityBin bin : bins) {
      if (!bin.isEmpty()) {
        bar(bin);
      }
    }
    Line perfect = new Line(x(0), y(0), x(1), y(1));
    perfect.getStyleClass().add("perfect-calibration");
    getChildren().add(perfect);
  }

  private void bar(ReliabilityBin bin) {
    double left = x(bin.lower()) + 2;
    double width = x(bin.upper()) - 2 - left;
    // A band that is never right keeps a sliver, so that it reads as 0 and not as empty.
    double top = Math.min(y(bin.accuracy()), y(0) - 2);
    Rectangle bar = new Rectangle(left, top, width, y(0) - top);
    bar.getStyleClass().add("reliability-bar");
    Tooltip.install(
        bar,
        new Tooltip(
            String.format(
                Locale.ROOT,
                "top score %.1f–%.1f: %d pairs, mean score %s, accuracy %s",
                bin.lower(),
                bin.upper(),
                bin.count(),
                ReportFigures.metric(bin.meanConfidence()),
                ReportFigures.metric(bin.accuracy()))));
    double cx = x(bin.meanConfidence());
    double cy = y(bin.meanConfidence());
    Polygon diamond = new Polygon(cx, cy - 5, cx + 5, cy, cx, cy + 5, cx - 5, cy);
    diamond.getStyleClass().add("mean-score");
    Text count = text(Integer.toString(bin.count()), left + 1, y(0) - 4);
    count.getStyleClass().add("band-count");
    getChildren().addAll(bar, diamond, count);
  }

  private static Text text(String content, double x, double y) {
    Text text = new Text(x, y, content);
    text.getStyleClass().add("plot-text");
    return text;
  }

  private static double x(double value) {
    return LEFT + value * SIZE;
  }

  private static double y(double value) {
    return TOP + SIZE - value * SIZE;
  }
}
