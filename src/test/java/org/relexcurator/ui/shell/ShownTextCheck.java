package org.relexcurator.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * What a person cannot read in a window: a label whose shown text is cut short ("downregul…"), a
 * text cut off by a pane that clips it or by the window's edge, and a text whose colour on its
 * background is under WCAG AA's 4.5:1.
 *
 * <p>Text inside something that scrolls (a scroll pane, a list, a table, the document's text) may
 * lie outside the part in view: the curator scrolls to it, so only elision counts there. Disabled
 * controls are left out of the contrast check, as WCAG leaves out inactive components; so is the
 * document's highlighted text, whose backgrounds are drawn shapes rather than pane fills.
 */
final class ShownTextCheck {

  private static final double AA_CONTRAST = 4.5;

  /** Half a pixel of rounding either way is not a cut. */
  private static final double SLACK = 0.5;

  private ShownTextCheck() {}

  /**
   * One line per problem found in a window's scene graph, empty when every text reads in full.
   *
   * @param exempt the parts left unchecked, each for a reason its caller gives
   */
  static List<String> problems(Parent root, Predicate<Node> exempt) {
    List<String> problems = new ArrayList<>();
    Bounds window = root.localToScene(root.getLayoutBounds());
    visit(root, window, exempt, problems);
    return problems;
  }

  private static void visit(
      Node node, Bounds window, Predicate<Node> exempt, List<String> problems) {
    if (!node.isVisible() || node.getOpacity() == 0 || exempt.test(node)) {
      return;
    }
    if (node instanceof Labeled labeled && shows(labeled)) {
      checkElision(labeled, problems);
      checkContrast(labeled, labeled.getTextFill(), labeled.getText(), problems);
    }
    if (node instanceof Text text && !text.getText().isBlank()) {
      checkCut(text, window, problems);
      if (!(text.getParent() instanceof Labeled || owner(text) instanceof Labeled)) {
        checkContrast(text, text.getFill(), text.getText(), problems);
      }
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        visit(child, window, exempt, problems);
      }
    }
  }

  private static boolean shows(Labeled labeled) {
    return labeled.getText() != null
        && !labeled.getText().isBlank()
        && labeled.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY;
  }

  private static void checkElision(Labeled labeled, List<String> problems) {
    String whole = normalized(withoutMnemonic(labeled));
    shownText(labeled)
        .map(ShownTextCheck::normalized)
        .filter(shown -> !shown.equals(whole))
        .ifPresent(
            shown ->
                problems.add(
                    describe(labeled)
                        + ": \""
                        + labeled.getText()
                        + "\" is shown as \""
                        + shown
                        + "\""));
  }

  /**
   * A text is cut when a clip on it or on a pane above it hides part of it, or when it reaches past
   * the window. A scrolling pane's own clip (its viewport) hides only what its scroll bars bring
   * into view: rows above and below, and columns beside it where it scrolls sideways (a table, a
   * scroll pane not fitted to its width). Above that pane, only the part of the text the pane can
   * show is checked: a table cut by the pane it sits in is cut, whatever it scrolls.
   */
  private static void checkCut(Text text, Bounds window, List<String> problems) {
    Bounds bounds = text.localToScene(text.getBoundsInLocal());
    if (bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
      return;
    }
    for (Node at = text; at != null; at = at.getParent()) {
      if (at != text && scrolls(at)) {
        bounds = within(bounds, at.localToScene(at.getLayoutBounds()), scrollsSideways(at));
        if (bounds == null) {
          return; // scrolled out of view
        }
      }
      Node clip = at.getClip();
      if (clip == null) {
        continue;
      }
      Bounds visible = at.localToScene(clip.getBoundsInParent());
      Node scroller = at == text ? null : scrollerOf(at);
      boolean acrossScrolls = scroller != null && scrollsSideways(scroller);
      if (!acrossScrolls && !insideAcross(bounds, visible)
          || scroller == null && !insideDown(bounds, visible)) {
        problems.add(
            describe(owner(text))
                + ": \""
                + text.getText()
                + "\" is cut off by "
                + (at == text ? "its own clip" : describe(at)));
        return;
      }
    }
    if (!insideAcross(bounds, window) || !insideDown(bounds, window)) {
      problems.add(describe(owner(text)) + ": \"" + text.getText() + "\" reaches past the window");
    }
  }

  /**
   * The scrolling pane a node is part of, where it is the pane or one of the pane's own parts
   * between the pane and its rows (a viewport, a header row); null for anything else, a row's cell
   * included.
   */
  private static Node scrollerOf(Node node) {
    if (scrolls(node)) {
      return node;
    }
    boolean part =
        node instanceof TableHeaderRow
            || node.getStyleClass().contains("viewport")
            || node.getStyleClass().contains("clipped-container");
    if (!part) {
      return null;
    }
    for (Node at = node.getParent(); at != null; at = at.getParent()) {
      if (scrolls(at)) {
        return at;
      }
    }
    return null;
  }

  /**
   * The part of a text's bounds inside a scrolling pane: up and down always, across where the pane
   * scrolls sideways; null where none of it is.
   */
  private static Bounds within(Bounds text, Bounds pane, boolean sideways) {
    double minX = sideways ? Math.max(text.getMinX(), pane.getMinX()) : text.getMinX();
    double maxX = sideways ? Math.min(text.getMaxX(), pane.getMaxX()) : text.getMaxX();
    double minY = Math.max(text.getMinY(), pane.getMinY());
    double maxY = Math.min(text.getMaxY(), pane.getMaxY());
    return minX >= maxX || minY >= maxY
        ? null
        : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
  }

  /**
   * Whether a pane scrolls sideways: a table and the flow of its rows, and a scroll pane with a
   * horizontal bar.
   */
  private static boolean scrollsSideways(Node node) {
    return node instanceof TableView<?>
        || node instanceof TreeTableView<?>
        || node instanceof VirtualFlow<?> && rowsOfTable(node)
        || node instanceof ScrollPane pane
            && !pane.isFitToWidth()
            && pane.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER;
  }

  private static boolean rowsOfTable(Node flow) {
    for (Node at = flow.getParent(); at != null; at = at.getParent()) {
      if (at instanceof javafx.scene.control.Control control) {
        return control instanceof TableView<?> || control instanceof TreeTableView<?>;
      }
    }
    return false;
  }

  private static boolean insideAcross(Bounds bounds, Bounds visible) {
    return bounds.getMinX() >= visible.getMinX() - SLACK
        && bounds.getMaxX() <= visible.getMaxX() + SLACK;
  }

  private static boolean insideDown(Bounds bounds, Bounds visible) {
    return bounds.getMinY() >= visible.getMinY() - SLACK
        && bounds.getMaxY() <= visible.getMaxY() + SLACK;
  }

  private static void checkContrast(Node node, Paint fill, String what, List<String> problems) {
    if (node.isDisabled() || within(node, GenericStyledArea.class) || !(fill instanceof Color)) {
      return;
    }
    Color text = (Color) fill;
    background(node)
        .ifPresent(
            back -> {
              double ratio = contrast(text, back);
              if (ratio < AA_CONTRAST) {
                problems.add(
                    String.format(
                        "%s: \"%s\" has contrast %.2f:1 (%s on %s)",
                        describe(node), what, ratio, text, back));
              }
            });
  }

  /** The text as drawn: a menu's {@code _File} is drawn {@code File}, F underlined. */
  private static String withoutMnemonic(Labeled labeled) {
    String text = labeled.getText();
    return labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
  }

  /** Wrapped lines end where the pane ends: only the words count. */
  private static String normalized(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static boolean scrolls(Node node) {
    return node instanceof ScrollPane
        || node instanceof VirtualFlow<?>
        || node instanceof ListView<?>
        || node instanceof TableView<?>
        || node instanceof TreeTableView<?>
        || node instanceof VirtualizedScrollPane<?>
        || node instanceof org.fxmisc.flowless.VirtualFlow<?, ?>;
  }

  private static boolean within(Node node, Class<?> kind) {
    for (Node at = node; at != null; at = at.getParent()) {
      if (kind.isInstance(at)) {
        return true;
      }
    }
    return false;
  }

  /** The control a skin's text belongs to, for the message; the text itself where none. */
  private static Node owner(Text text) {
    for (Node at = text.getParent(); at != null; at = at.getParent()) {
      if (at instanceof Labeled || at instanceof TextInputControl) {
        return at;
      }
      if (!(at.getStyleClass().isEmpty() || at.getStyleClass().contains("text"))) {
        break;
      }
    }
    return text;
  }

  private static Optional<String> shownText(Labeled labeled) {
    for (Node child : labeled.getChildrenUnmodifiable()) {
      if (child instanceof Text text) {
        return Optional.of(text.getText());
      }
    }
    return Optional.empty();
  }

  /** The colour behind a node: the first opaque fill of it or of the nearest ancestor with one. */
  private static Optional<Color> background(Node node) {
    for (Node at = node; at != null; at = at.getParent()) {
      if (at instanceof Region region && region.getBackground() != null) {
        List<BackgroundFill> fills = region.getBackground().getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
          Optional<Color> color = opaque(fills.get(i).getFill());
          if (color.isPresent()) {
            return color;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A fill's colour where it is opaque; a gradient (Modena's buttons) as the mean of its stops. */
  private static Optional<Color> opaque(Paint fill) {
    List<Stop> stops =
        fill instanceof LinearGradient linear
            ? linear.getStops()
            : fill instanceof RadialGradient radial ? radial.getStops() : List.of();
    Color color;
    if (fill instanceof Color plain) {
      color = plain;
    } else if (stops.isEmpty()) {
      return Optional.empty();
    } else {
      color =
          new Color(
              stops.stream().mapToDouble(stop -> stop.getColor().getRed()).average().orElse(0),
              stops.stream().mapToDouble(stop -> stop.getColor().getGreen()).average().orElse(0),
              stops.stream().mapToDouble(stop -> stop.getColor().getBlue()).average().orElse(0),
              stops.stream().mapToDouble(stop -> stop.getColor().getOpacity()).min().orElse(0));
    }
    return color.getOpacity() > 0.99 ? Optional.of(color) : Optional.empty();
  }

  /** WCAG 2's contrast ratio of two opaque colours. */
  static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(Color color) {
    return 0.2126 * channel(color.getRed())
        + 0.7152 * channel(color.getGreen())
        + 0.0722 * channel(color.getBlue());
  }

  private static double channel(double value) {
    return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
  }

  private static String describe(Node node) {
    String id = node.getId() != null ? "#" + node.getId() : "";
    return node.getClass().getSimpleName() + id + node.getStyleClass();
  }
}
