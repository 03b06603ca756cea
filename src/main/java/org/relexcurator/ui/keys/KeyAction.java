package org.relexcurator.ui.keys;

import static javafx.scene.input.KeyCode.A;
import static javafx.scene.input.KeyCode.ADD;
import static javafx.scene.input.KeyCode.C;
import static javafx.scene.input.KeyCode.COMMA;
import static javafx.scene.input.KeyCode.D;
import static javafx.scene.input.KeyCode.DIGIT0;
import static javafx.scene.input.KeyCode.DIGIT1;
import static javafx.scene.input.KeyCode.DIGIT2;
import static javafx.scene.input.KeyCode.DOWN;
import static javafx.scene.input.KeyCode.E;
import static javafx.scene.input.KeyCode.ENTER;
import static javafx.scene.input.KeyCode.EQUALS;
import static javafx.scene.input.KeyCode.ESCAPE;
import static javafx.scene.input.KeyCode.F;
import static javafx.scene.input.KeyCode.F1;
import static javafx.scene.input.KeyCode.F10;
import static javafx.scene.input.KeyCode.F5;
import static javafx.scene.input.KeyCode.H;
import static javafx.scene.input.KeyCode.J;
import static javafx.scene.input.KeyCode.L;
import static javafx.scene.input.KeyCode.LEFT;
import static javafx.scene.input.KeyCode.M;
import static javafx.scene.input.KeyCode.MINUS;
import static javafx.scene.input.KeyCode.N;
import static javafx.scene.input.KeyCode.NUMPAD0;
import static javafx.scene.input.KeyCode.O;
import static javafx.scene.input.KeyCode.P;
import static javafx.scene.input.KeyCode.PLUS;
import static javafx.scene.input.KeyCode.Q;
import static javafx.scene.input.KeyCode.R;
import static javafx.scene.input.KeyCode.RIGHT;
import static javafx.scene.input.KeyCode.S;
import static javafx.scene.input.KeyCode.SLASH;
import static javafx.scene.input.KeyCode.SUBTRACT;
import static javafx.scene.input.KeyCode.T;
import static javafx.scene.input.KeyCode.TAB;
import static javafx.scene.input.KeyCode.U;
import static javafx.scene.input.KeyCode.UP;
import static javafx.scene.input.KeyCode.W;
import static javafx.scene.input.KeyCode.X;
import static javafx.scene.input.KeyCode.Y;
import static javafx.scene.input.KeyCode.Z;
import static org.relexcurator.ui.keys.KeyArea.ADJUDICATION;
import static org.relexcurator.ui.keys.KeyArea.CORPUS;
import static org.relexcurator.ui.keys.KeyArea.DECIDING;
import static org.relexcurator.ui.keys.KeyArea.DIALOGS;
import static org.relexcurator.ui.keys.KeyArea.DOCUMENT;
import static org.relexcurator.ui.keys.KeyArea.EVALUATION;
import static org.relexcurator.ui.keys.KeyArea.OTHER_WINDOWS;
import static org.relexcurator.ui.keys.KeyArea.PAIR;
import static org.relexcurator.ui.keys.KeyArea.PREDICTION;
import static org.relexcurator.ui.keys.KeyArea.QUEUE;
import static org.relexcurator.ui.keys.KeyArea.QUEUE_FOCUSED;
import static org.relexcurator.ui.keys.KeyArea.WINDOW;
import static org.relexcurator.ui.keys.KeyCombinations.alt;
import static org.relexcurator.ui.keys.KeyCombinations.ctrl;
import static org.relexcurator.ui.keys.KeyCombinations.ctrlShift;
import static org.relexcurator.ui.keys.KeyCombinations.digits;
import static org.relexcurator.ui.keys.KeyCombinations.plain;
import static org.relexcurator.ui.keys.KeyCombinations.shift;
import static org.relexcurator.ui.keys.KeyHandling.BINDINGS;
import static org.relexcurator.ui.keys.KeyHandling.CONTROL;
import static org.relexcurator.ui.keys.KeyHandling.MENU;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keymap: every key of every window, in one table. Menus take their accelerators from it, the
 * panes bind their keys through {@link KeyBindings} by naming an action, buttons and prompts show
 * {@link #keyText()} or {@link #firstKeyText()}, and Help → Keyboard shortcuts lists its rows, so
 * Help cannot disagree with what the keys do.
 *
 * <p>Labels and the pair never share keys: the digits give labels wherever the focus is; Alt+1 and
 * Alt+2 make the focused mention E1 or E2, also wherever the focus is.
 *
 * <p>To add a key: add a row here (its area, who handles it, what it does, its keys), then bind it
 * where the action lives ({@code bindings.bind(KeyAction.NEW_ROW, viewModel::doIt)} or {@code
 * menuItem.setAccelerator(KeyAction.NEW_ROW.key())}). KeymapTest fails if the key is taken in the
 * same window, and the main window's test fails if a {@code BINDINGS} or {@code MENU} row of the
 * main window is not bound there.
 */
public enum KeyAction {
  OPEN_DOCUMENTS(WINDOW, MENU, "Open documents", ctrl(O)),
  OPEN_PROJECT(WINDOW, MENU, "Open a project file", ctrlShift(O)),
  EXPORT(WINDOW, MENU, "Export the curated pairs", ctrl(E)),
  OPEN_MODEL(WINDOW, MENU, "Open a model folder", ctrl(M)),
  SETTINGS(WINDOW, MENU, "Settings", ctrl(COMMA)),
  ADJUDICATE(WINDOW, MENU, "Adjudicate the pairs curators labelled differently", ctrlShift(J)),
  EVALUATE_PROJECT(WINDOW, MENU, "Evaluation report of this project", ctrlShift(R)),
  SHOW_SHORTCUTS(WINDOW, MENU, "This list of keyboard shortcuts", plain(F1)),
  QUIT(WINDOW, MENU, "Quit", ctrl(Q)),
  ZOOM_IN(
      WINDOW,
      MENU,
      "Zoom in: a larger font",
      ctrl(EQUALS),
      ctrlShift(EQUALS),
      ctrl(PLUS),
      ctrl(ADD)),
  ZOOM_OUT(WINDOW, MENU, "Zoom out: a smaller font", ctrl(MINUS), ctrl(SUBTRACT)),
  ZOOM_RESET(WINDOW, MENU, "Actual size: the default font", ctrl(DIGIT0), ctrl(NUMPAD0)),
  FIND_DOCUMENT(WINDOW, BINDINGS, "Search the documents (corpus panel)", ctrl(F)),
  OPEN_MENU(
      WINDOW,
      CONTROL,
      "Open the File, Edit, Model, Review or Help menu",
      "Alt+F, E, M, R or H",
      alt(F),
      alt(E),
      alt(M),
      alt(R),
      alt(H)),
  GO_TO_MENU_BAR(WINDOW, CONTROL, "Go to the menu bar", plain(F10)),

  MAKE_E1(PAIR, BINDINGS, "Make the focused mention E1", alt(DIGIT1)),
  MAKE_E2(PAIR, BINDINGS, "Make the focused mention E2", alt(DIGIT2)),
  SWAP_PAIR(PAIR, BINDINGS, "Swap E1 and E2", plain(X)),
  NEXT_MENTION_ANYWHERE(
      PAIR, BINDINGS, "Focus the next mention without leaving the pane you are in", alt(RIGHT)),
  PREVIOUS_MENTION_ANYWHERE(
      PAIR, BINDINGS, "Focus the previous mention without leaving the pane you are in", alt(LEFT)),

  ACCEPT(DECIDING, BINDINGS, "Accept the model's label", plain(ENTER)),
  CHOOSE_LABEL(
      DECIDING, BINDINGS, "Give the label listed under that number", "1 \u2026 9, 0", digits()),
  FIND_LABEL(
      DECIDING,
      BINDINGS,
      "Find another label by typing; \u2191/\u2193 move, Enter gives it, Esc goes back",
      plain(L),
      plain(SLASH)),
  NO_RELATION(DECIDING, BINDINGS, "None: no relation", plain(N)),
  SKIP(DECIDING, BINDINGS, "Skip", plain(S)),
  FLAG(DECIDING, BINDINGS, "Flag for discussion", plain(F)),
  CHOOSE_REASON(DECIDING, BINDINGS, "Choose a reason (goes with the next decision)", plain(R)),
  WRITE_NOTE(
      DECIDING,
      BINDINGS,
      "Write a note (goes with the next decision); Enter or Esc goes back",
      plain(T)),
  UNDO(DECIDING, BINDINGS, "Undo your latest decision", ctrl(Z)),
  REDO(DECIDING, BINDINGS, "Redo", ctrl(Y), ctrlShift(Z)),

  FIND_PAIR(
      QUEUE,
      BINDINGS,
      "Search the pairs; Enter there makes the first match the current pair",
      ctrlShift(F)),
  NEXT_ORDER(
      QUEUE,
      BINDINGS,
      "Next order: corpus, least confident, smallest margin, highest entropy",
      ctrl(U)),
  PREDICT_ALL(QUEUE, BINDINGS, "Predict all pairs", ctrlShift(P)),

  ERROR_DETAILS(PREDICTION, CONTROL, "Show or hide an error's details", alt(D)),
  SCORE_AGAIN(PREDICTION, CONTROL, "Score the pair again after an error", alt(T)),

  NEXT_DOCUMENT(CORPUS, CONTROL, "Previous or next document", plain(UP), plain(DOWN)),

  FOCUS_NEXT_MENTION(
      DOCUMENT, BINDINGS, "Focus the next mention (reading order)", plain(TAB), plain(RIGHT)),
  FOCUS_PREVIOUS_MENTION(DOCUMENT, BINDINGS, "Focus the previous mention", shift(TAB), plain(LEFT)),
  CLEAR_PAIR(DOCUMENT, BINDINGS, "Drop E1, E2 and the focused mention", plain(ESCAPE)),
  LEAVE_TEXT(
      DOCUMENT,
      BINDINGS,
      "Move the keyboard focus out of the text",
      new KeyCodeCombination(TAB, KeyCombination.CONTROL_DOWN),
      new KeyCodeCombination(TAB, KeyCombination.CONTROL_DOWN, KeyCombination.SHIFT_DOWN)),
  COPY_TEXT(DOCUMENT, CONTROL, "Copy the selected text", ctrl(C)),

  NEXT_PAIR(
      QUEUE_FOCUSED,
      CONTROL,
      "Previous or next pair; it becomes the current pair",
      plain(UP),
      plain(DOWN)),
  CANCEL_PREDICT_ALL(QUEUE_FOCUSED, BINDINGS, "Cancel predicting all pairs", plain(ESCAPE)),

  NEXT_DISPUTE(ADJUDICATION, CONTROL, "Previous or next disputed pair", plain(UP), plain(DOWN)),
  ADJUDICATE_LABEL(
      ADJUDICATION,
      BINDINGS,
      "Give the final label listed under that number; the curators' own labels come first",
      "1 \u2026 9, 0",
      digits()),
  ADJUDICATION_NOTE(
      ADJUDICATION,
      BINDINGS,
      "Write a note for the next adjudication; Enter or Esc goes back",
      plain(T)),
  READ_DISPUTES_AGAIN(ADJUDICATION, BINDINGS, "Read the disputes again", plain(F5)),

  SWITCH_WEIGHTING(
      EVALUATION, BINDINGS, "Switch between post-stratified weighting and plain counts", alt(W)),
  SAVE_REPORT(EVALUATION, BINDINGS, "Save the report (HTML, Markdown or CSV)", ctrl(S)),
  STOP_EVALUATION(
      EVALUATION, BINDINGS, "Stop a running evaluation; when none runs, close", plain(ESCAPE)),

  GO_TO_FIELD(DIALOGS, CONTROL, "Go to that field or button", "Alt + underlined letter"),
  DIALOG_OK(DIALOGS, CONTROL, "OK (settings) or Start reviewing (welcome)", plain(ENTER)),
  DIALOG_CANCEL(DIALOGS, CONTROL, "Cancel (settings) or close (welcome)", plain(ESCAPE)),
  APPLY_SETTINGS(DIALOGS, CONTROL, "Apply the settings without closing", alt(A)),

  CLOSE_WINDOW(OTHER_WINDOWS, CONTROL, "Close the window", plain(ESCAPE));

  private final KeyArea area;
  private final KeyHandling handling;
  private final String description;
  private final String shownKeys;
  private final List<KeyCombination> keys;

  KeyAction(KeyArea area, KeyHandling handling, String description, KeyCombination... keys) {
    this(area, handling, description, KeyText.of(List.of(keys)), keys);
  }

  KeyAction(
      KeyArea area,
      KeyHandling handling,
      String description,
      String shownKeys,
      KeyCombination... keys) {
    this.area = area;
    this.handling = handling;
    this.description = description;
    this.shownKeys = shownKeys;
    this.keys = List.of(keys);
  }

  /** Every row, grouped by area in the order Help shows them. */
  public static List<KeyAction> inHelpOrder() {
    return Arrays.stream(values()).sorted(Comparator.comparing(KeyAction::area)).toList();
  }

  public KeyArea area() {
    return area;
  }

  public KeyHandling handling() {
    return handling;
  }

  /** What the key does, as Help says it. */
  public String description() {
    return description;
  }

  /** Every combination that does it; empty for a family Help only describes. */
  public List<KeyCombination> keys() {
    return keys;
  }

  /** The main combination: the one a menu item or button shows. */
  public KeyCombination key() {
    return keys.get(0);
  }

  /** All the keys, as Help shows them ({@code Ctrl+Y or Ctrl+Shift+Z}). */
  public String keyText() {
    return shownKeys;
  }

  /** The main key, for a key cap or a prompt ({@code Ctrl+Y}). */
  public String firstKeyText() {
    return KeyText.of(key());
  }

  public boolean matches(KeyEvent event) {
    return keys.stream().anyMatch(key -> key.match(event));
  }

  /**
   * Whether the keys are plain ones (no Ctrl, Alt or Cmd), which a text field takes as typing: such
   * an action waits while the focus is in a text field.
   */
  public boolean typesText() {
    return keys.stream()
        .allMatch(
            key ->
                key.getShortcut() != KeyCombination.ModifierValue.DOWN
                    && key.getControl() != KeyCombination.ModifierValue.DOWN
                    && key.getAlt() != KeyCombination.ModifierValue.DOWN
                    && key.getMeta() != KeyCombination.ModifierValue.DOWN);
  }
}
