package org.relexcurator.ui.document;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.util.UndoUtils;
import org.relexcurator.ui.keys.KeyAction;
import org.relexcurator.ui.keys.KeyArea;
import org.relexcurator.ui.keys.KeyBindings;

/**
 * Shows one document with its entity mentions highlighted by type, a legend, and the pair the
 * curator picks in it (see {@link DocumentViewModel}).
 *
 * <p>Mouse: a click on a mention makes it E1, a click on another makes it E2, a third click starts
 * a new pair; resting the mouse on a mention shows its type (as written and mapped) and concept
 * ids.
 *
 * <p>Keyboard: the {@link KeyArea#DOCUMENT} rows of the keymap while the text has the focus (walk
 * the mentions, drop the pair, leave the text), and the {@link KeyArea#PAIR} rows anywhere in the
 * window once {@link #bindKeys} has bound them (make the focused mention E1 or E2, swap them).
 *
 * <p>The text is read-only; it can be selected with the mouse and copied (Ctrl+C).
 */
public final class DocumentView {

  private static final String STYLESHEET =
      DocumentView.class.getResource("document-view.css").toExternalForm();
  private static final String HINT =
      String.join(
          " \u00b7 ",
          "Click or " + KeyAction.FOCUS_NEXT_MENTION.keyText() + " to a mention",
          KeyAction.MAKE_E1.firstKeyText() + " = E1",
          KeyAction.MAKE_E2.firstKeyText() + " = E2",
          KeyAction.SWAP_PAIR.firstKeyText() + " swap",
          KeyAction.CLEAR_PAIR.firstKeyText() + " clear");

  private final DocumentViewModel model;
  private final BorderPane root = new BorderPane();
  private final StyleClassedTextArea area = new StyleClassedTextArea(false);
  private final EmphasisLayer emphasis = new EmphasisLayer(area);
  private final FlowPane legend = new FlowPane();

  /**
   * The legend's entries, kept from document to document: one per entity type (as many as the
   * busiest document so far needed) and the marks. Making a tooltip per entry for each document
   * took about as long as putting the document's text into the view.
   */
  private final List<Label> typeEntries = new ArrayList<>();

  private final List<Label> markEntries =
      List.of(
          legendEntry("E1", Emphasis.E1),
          legendEntry("E2", Emphasis.E2),
          legendEntry("overlapping", MentionLayer.NESTED),
          legendEntry("discontinuous", MentionLayer.DISCONTINUOUS),
          legendEntry("current sentence", Emphasis.CURRENT_SENTENCE));

  /** Shown only with a document that has such mentions. */
  private final Label repairedEntry = repairedLegendEntry();

  private final Label documentId = new Label();
  private final Label placeholder = new Label("No document shown");
  private final Popup hoverPopup = new Popup();
  private final Label hoverLabel = new Label();
  private ShownDocument displayed;
  private Point2D hoverAnchor = Point2D.ZERO;

  public DocumentView(DocumentViewModel model) {
    this.model = model;
    root.getStyleClass().add("document-view");
    root.getStylesheets().add(STYLESHEET);
    root.setTop(new VBox(header(), legend));
    root.setCenter(new StackPane(textPane(), placeholder));
    // Below the text: the bar grows a line when a long pair's badges wrap, and above the text
    // that moved the text down under the mouse between picking E1 and E2.
    root.setBottom(pairBar());
    legend.getStyleClass().add("legend");
    placeholder.getStyleClass().add("placeholder");
    hoverLabel.getStyleClass().add("mention-tooltip");
    // Long notes (a repair's message) wrap instead of running off the screen.
    hoverLabel.setWrapText(true);
    hoverLabel.setMaxWidth(640);
    hoverLabel.getStylesheets().add(STYLESHEET);
    hoverPopup.getContent().add(hoverLabel);
    hoverPopup.setAutoHide(true);

    model.shownDocumentProperty().addListener((o, old, shown) -> display(shown));
    model.emphasisProperty().addListener((o, old, shown) -> emphasise(shown));
    model.scrollRequestProperty().addListener((o, old, request) -> reveal(request));
    model.hoverTextProperty().addListener((o, old, text) -> showHover(text));
    display(model.shownDocumentProperty().get());
  }

  /** The view's root node. */
  public Node node() {
    return root;
  }

  /**
   * Binds the keys that pick the pair for the whole window: the focused mention (outlined in the
   * text) becomes E1 or E2 wherever the keyboard focus is, and the mention focus can move from any
   * pane.
   */
  public void bindKeys(KeyBindings window) {
    window
        .bind(KeyAction.MAKE_E1, model::assignFirst)
        .bind(KeyAction.MAKE_E2, model::assignSecond)
        .bind(KeyAction.SWAP_PAIR, model::swap)
        .bind(KeyAction.NEXT_MENTION_ANYWHERE, model::focusNext)
        .bind(KeyAction.PREVIOUS_MENTION_ANYWHERE, model::focusPrevious);
  }

  /** Gives the text the keyboard focus, where the shortcuts work. */
  public void focusText() {
    area.requestFocus();
  }

  private Node header() {
    documentId.getStyleClass().add("document-id");
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(16, 16);
    progress.visibleProperty().bind(model.loadingProperty());
    progress.managedProperty().bind(model.loadingProperty());
    Label message = new Label();
    message.getStyleClass().add("document-message");
    message.textProperty().bind(model.messageProperty());
    HBox header = new HBox(documentId, progress, message);
    header.getStyleClass().add("document-header");
    return header;
  }

  private VirtualizedScrollPane<StyleClassedTextArea> textPane() {
    area.setId("document-text");
    area.setEditable(false);
    area.setWrapText(true);
    area.setUndoManager(UndoUtils.noOpUndoManager());
    KeyBindings.on(area)
        .bind(KeyAction.FOCUS_NEXT_MENTION, model::focusNext)
        .bind(KeyAction.FOCUS_PREVIOUS_MENTION, model::focusPrevious)
        .bind(KeyAction.CLEAR_PAIR, model::clear)
        .bind(KeyAction.LEAVE_TEXT, this::leaveText);
    area.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
    // Hover is detected here rather than with RichTextFX's MouseOverTextEvent, whose stationary
    // detection can hit-test a null screen point when the scene changes under a still mouse.
    area.setMouseOverTextDelay(null);
    PauseTransition hoverDelay = new PauseTransition(Duration.millis(300));
    area.addEventHandler(
        MouseEvent.MOUSE_MOVED,
        e -> {
          model.hoverEnded();
          double x = e.getX();
          double y = e.getY();
          Point2D screen = new Point2D(e.getScreenX(), e.getScreenY());
          hoverDelay.setOnFinished(
              done -> {
                // Hit-testing needs the area on a showing window; the mouse may have rested over a
                // document that has since been closed or replaced.
                if (area.getScene() == null
                    || area.getScene().getWindow() == null
                    || !area.getScene().getWindow().isShowing()) {
                  return;
                }
                area.hit(x, y)
                    .getCharacterIndex()
                    .ifPresent(
                        index -> {
                          hoverAnchor = screen;
                          model.hoverAt(index);
                        });
              });
          hoverDelay.playFromStart();
        });
    area.addEventHandler(
        MouseEvent.MOUSE_EXITED,
        e -> {
          hoverDelay.stop();
          model.hoverEnded();
        });
    return new VirtualizedScrollPane<>(area);
  }

  private Node pairBar() {
    Label first =
        roleBadge(
            "e1", KeyAction.MAKE_E1, model.firstBadgeProperty(), model.firstMentionProperty());
    Label second =
        roleBadge(
            "e2", KeyAction.MAKE_E2, model.secondBadgeProperty(), model.secondMentionProperty());
    Label arrow = new Label("\u2192");
    Label sentence = flagBadge("sentence-flag", model.sentenceFlagProperty());
    Label specs = flagBadge("specs-flag", model.specsFlagProperty());
    // The badges go on to a second line and the hint wraps below them rather than either being
    // cut short in a narrow pane or at a large font.
    FlowPane badges = new FlowPane(first, arrow, second, sentence, specs);
    badges.getStyleClass().add("pair-badges");
    Label hint = new Label(HINT);
    hint.getStyleClass().add("shortcut-hint");
    hint.setWrapText(true);
    // Once a pair is picked the text needs the line more than the hint (its keys are also on the
    // badges' tooltips and in Help); below the text, the bar's height may change without moving
    // the text.
    hint.visibleProperty().bind(model.pickedPairProperty().isNull());
    hint.managedProperty().bind(hint.visibleProperty());
    VBox bar = new VBox(badges, hint);
    bar.getStyleClass().add("pair-bar");
    return bar;
  }

  private static Label roleBadge(
      String role,
      KeyAction key,
      ObservableStringValue text,
      ReadOnlyObjectProperty<Mention> mention) {
    Label badge = new Label();
    badge.setTooltip(new Tooltip(key.description() + ": " + key.firstKeyText()));
    badge.setId(role + "-badge");
    badge.getStyleClass().addAll("role-badge", role);
    badge.textProperty().bind(text);
    badge.setMinWidth(Region.USE_PREF_SIZE);
    mention.addListener((o, old, now) -> toggle(badge, "empty", now == null));
    toggle(badge, "empty", mention.get() == null);
    return badge;
  }

  private static Label flagBadge(String id, ReadOnlyObjectProperty<PairFlag> flag) {
    Label badge = new Label();
    badge.setId(id);
    badge.getStyleClass().add("flag-badge");
    badge.setMinWidth(Region.USE_PREF_SIZE);
    badge.visibleProperty().bind(flag.isNotNull());
    badge.managedProperty().bind(flag.isNotNull());
    badge
        .textProperty()
        .bind(
            Bindings.createStringBinding(() -> flag.get() == null ? "" : flag.get().text(), flag));
    flag.addListener(
        (o, old, now) -> {
          toggle(badge, "warning", now != null && now.warning());
          toggle(badge, "ok", now != null && !now.warning());
        });
    return badge;
  }

  private static void toggle(Node node, String styleClass, boolean on) {
    if (on && !node.getStyleClass().contains(styleClass)) {
      node.getStyleClass().add(styleClass);
    } else if (!on) {
      node.getStyleClass().remove(styleClass);
    }
  }

  private void display(ShownDocument shown) {
    displayed = shown;
    hoverPopup.hide();
    placeholder.setVisible(shown == null);
    if (shown == null) {
      documentId.setText("");
      legend.getChildren().clear();
      area.clear();
      return;
    }
    documentId.setText("Document " + shown.document().id());
    area.replace(0, area.getLength(), shown.styledText());
    emphasis.show(Emphasis.NONE);
    area.moveTo(0);
    area.showParagraphAtTop(0);
    fillLegend(shown.legend(), shown.mentions().stream().anyMatch(m -> m.repair().isPresent()));
  }

  private void fillLegend(List<LegendEntry> entries, boolean withRepaired) {
    for (int i = 0; i < entries.size(); i++) {
      LegendEntry entry = entries.get(i);
      if (i == typeEntries.size()) {
        Label label = legendEntry("", entry.styleClass());
        label.setTooltip(new Tooltip());
        typeEntries.add(label);
      }
      Label label = typeEntries.get(i);
      label.setText(entry.label() + " " + entry.count());
      label.getTooltip().setText("Written as " + String.join(", ", entry.writtenTypes()));
      List<String> swatch = List.of("legend-swatch", entry.styleClass());
      if (!label.getGraphic().getStyleClass().equals(swatch)) {
        label.getGraphic().getStyleClass().setAll(swatch);
      }
    }
    List<Node> wanted = new ArrayList<>(typeEntries.subList(0, entries.size()));
    wanted.addAll(markEntries);
    if (withRepaired) {
      wanted.add(repairedEntry);
    }
    if (!legend.getChildren().equals(wanted)) {
      legend.getChildren().setAll(wanted);
    }
  }

  private static Label repairedLegendEntry() {
    Label entry = legendEntry("offsets repaired", MentionLayer.REPAIRED);
    entry.setId("legend-repaired");
    entry.setTooltip(
        new Tooltip(
            "Dotted: the file's offsets did not cover the mention's text, and the reader moved"
                + " them to where the text is.\nRest the mouse on the mention for what was moved;"
                + " the problems in the status bar list every repair."));
    return entry;
  }

  private static Label legendEntry(String text, String swatchClass) {
    Region swatch = new Region();
    swatch.getStyleClass().addAll("legend-swatch", swatchClass);
    Label label = new Label(text, swatch);
    label.getStyleClass().add("legend-entry");
    return label;
  }

  private void emphasise(ShownEmphasis shown) {
    if (shown != null && shown.target() == displayed) {
      emphasis.show(shown.emphasis());
    }
  }

  private void reveal(ScrollRequest request) {
    if (request == null || displayed == null || request.position() > area.getLength()) {
      return;
    }
    // Following the caret scrolls only as far as needed to bring the position into view. Asking
    // to show its paragraph scrolls to show the whole paragraph, and an abstract is one
    // paragraph, often taller than the view.
    area.moveTo(request.position());
    area.requestFollowCaret();
  }

  private void showHover(String text) {
    if (text == null || text.isEmpty()) {
      hoverPopup.hide();
      return;
    }
    hoverLabel.setText(text);
    if (area.getScene() != null && area.getScene().getWindow() != null) {
      hoverPopup.show(
          area.getScene().getWindow(), hoverAnchor.getX() + 12, hoverAnchor.getY() + 16);
    }
  }

  /**
   * Tab walks the mentions, so Ctrl+Tab moves the keyboard focus on, as in a text area. JavaFX 21
   * has no public focus traversal and the scene's own acts only on a plain Tab, which the area
   * swallows; so the focus goes to the next (or previous) focusable node in scene-graph order,
   * wrapping around.
   */
  private void leaveText(KeyEvent event) {
    if (area.getScene() == null) {
      return;
    }
    List<Node> focusable = new ArrayList<>();
    collectFocusable(area.getScene().getRoot(), focusable);
    int at = focusable.indexOf(area);
    if (at >= 0 && focusable.size() > 1) {
      int step = event.isShiftDown() ? -1 : 1;
      focusable.get(Math.floorMod(at + step, focusable.size())).requestFocus();
    }
  }

  private void collectFocusable(Node node, List<Node> focusable) {
    if (!node.isVisible() || node.isDisabled()) {
      return;
    }
    if (node.isFocusTraversable()) {
      focusable.add(node);
    }
    if (node instanceof Parent parent && node != area) {
      parent.getChildrenUnmodifiable().forEach(child -> collectFocusable(child, focusable));
    }
  }

  private void onClick(MouseEvent event) {
    if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
      return;
    }
    area.hit(event.getX(), event.getY()).getCharacterIndex().ifPresent(model::clickAt);
  }
}
