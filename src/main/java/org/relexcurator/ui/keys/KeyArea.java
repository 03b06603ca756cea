package org.relexcurator.ui.keys;

/**
 * Where a key works. Keys of a window-wide area work wherever the focus is in that window (plain
 * keys not while typing in a text field); keys of a focus area only while that pane has the focus.
 * Two actions may share a key only in two focus areas of the same window, or in different windows.
 */
public enum KeyArea {
  WINDOW("Anywhere", KeyWindow.MAIN, false),
  PAIR("Picking E1 and E2 (anywhere)", KeyWindow.MAIN, false),
  DECIDING("Deciding (anywhere)", KeyWindow.MAIN, false),
  QUEUE("Review queue (anywhere)", KeyWindow.MAIN, false),
  PREDICTION("Prediction panel (anywhere)", KeyWindow.MAIN, false),
  CORPUS("Corpus panel, when it has the focus", KeyWindow.MAIN, true),
  DOCUMENT("Document text, when it has the focus", KeyWindow.MAIN, true),
  QUEUE_FOCUSED("Review queue, when it has the focus", KeyWindow.MAIN, true),
  ADJUDICATION("Adjudication window", KeyWindow.ADJUDICATION, false),
  EVALUATION("Evaluation report window", KeyWindow.EVALUATION, false),
  DIALOGS("Settings and welcome", KeyWindow.DIALOG, false),
  OTHER_WINDOWS("Help, export, problems and the reports", KeyWindow.OTHER, false);

  private final String title;
  private final KeyWindow window;
  private final boolean focusOnly;

  KeyArea(String title, KeyWindow window, boolean focusOnly) {
    this.title = title;
    this.window = window;
    this.focusOnly = focusOnly;
  }

  /** As Help's "Where" column shows it. */
  public String title() {
    return title;
  }

  public KeyWindow window() {
    return window;
  }

  /** Whether the keys work only while the pane has the focus. */
  public boolean focusOnly() {
    return focusOnly;
  }

  /** Whether a key pressed once could reach an action of this area and one of {@code other}. */
  public boolean overlaps(KeyArea other) {
    return window == other.window && (this == other || !focusOnly || !other.focusOnly);
  }
}
