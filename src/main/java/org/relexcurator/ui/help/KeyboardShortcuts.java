package org.relexcurator.ui.help;

import java.util.List;

/**
 * Every key of the window, gathered from the views' class comments (MainWindow, CorpusView,
 * DocumentView, ReviewQueueView, PredictionView, CurationView, SettingsView, WelcomeView). When a
 * view gains a key, its comment and this list change together; a test checks that every menu
 * accelerator is listed.
 */
public final class KeyboardShortcuts {

  public static final String WINDOW = "Anywhere";
  public static final String CORPUS = "Corpus panel";
  public static final String DOCUMENT = "Document text";
  public static final String QUEUE = "Review queue";
  public static final String PREDICTION = "Prediction panel";
  public static final String DECIDING = "Deciding (anywhere in the window)";
  public static final String DIALOGS = "Settings and welcome";

  private static final List<Shortcut> ALL =
      List.of(
          new Shortcut(WINDOW, "Ctrl+O", "Open documents"),
          new Shortcut(WINDOW, "Ctrl+M", "Open a model folder"),
          new Shortcut(WINDOW, "Ctrl+,", "Settings"),
          new Shortcut(WINDOW, "F1", "This list of keyboard shortcuts"),
          new Shortcut(WINDOW, "Ctrl+=", "Zoom in: a larger font (also Ctrl++)"),
          new Shortcut(WINDOW, "Ctrl+-", "Zoom out: a smaller font"),
          new Shortcut(WINDOW, "Ctrl+0", "Actual size: the default font"),
          new Shortcut(WINDOW, "Esc", "Close a secondary window (help, report, export…)"),
          new Shortcut(WINDOW, "Ctrl+Q", "Quit"),
          new Shortcut(
              WINDOW,
              "Ctrl+F",
              "Search the documents (corpus panel) or, in the queue, the" + " pairs"),
          new Shortcut(CORPUS, "\u2191 or \u2193", "Previous or next document"),
          new Shortcut(DOCUMENT, "Tab or \u2192", "Focus the next mention (reading order)"),
          new Shortcut(DOCUMENT, "Shift+Tab or \u2190", "Focus the previous mention"),
          new Shortcut(DOCUMENT, "1", "Make the focused mention E1"),
          new Shortcut(DOCUMENT, "2", "Make the focused mention E2"),
          new Shortcut(DOCUMENT, "X", "Swap E1 and E2"),
          new Shortcut(DOCUMENT, "Esc", "Drop the pair and the focus"),
          new Shortcut(
              DOCUMENT,
              "Ctrl+Tab or Ctrl+Shift+Tab",
              "Move the keyboard focus out of the" + " text"),
          new Shortcut(DOCUMENT, "Ctrl+C", "Copy the selected text"),
          new Shortcut(
              QUEUE, "\u2191 or \u2193", "Previous or next pair; it becomes the current pair"),
          new Shortcut(
              QUEUE,
              "Enter",
              "Make the focused row the current pair; in the search field,"
                  + " jump to the first match"),
          new Shortcut(
              QUEUE,
              "Ctrl+U",
              "Next order: corpus, least confident, smallest margin," + " highest entropy"),
          new Shortcut(QUEUE, "Ctrl+Shift+P", "Predict all pairs"),
          new Shortcut(QUEUE, "Esc", "Cancel predicting all pairs"),
          new Shortcut(PREDICTION, "Alt+D", "Show or hide an error's details"),
          new Shortcut(PREDICTION, "Alt+R", "Score the pair again after an error"),
          new Shortcut(DECIDING, "Enter", "Accept the model's label"),
          new Shortcut(DECIDING, "1 \u2026 9, 0", "Give the label listed under that number"),
          new Shortcut(
              DECIDING,
              "L or /",
              "Find another label by typing; \u2191/\u2193 move, Enter"
                  + " gives it, Esc goes back"),
          new Shortcut(DECIDING, "N", "None: no relation"),
          new Shortcut(DECIDING, "S", "Skip"),
          new Shortcut(DECIDING, "F", "Flag for discussion"),
          new Shortcut(DECIDING, "R", "Choose a reason (goes with the next decision)"),
          new Shortcut(DECIDING, "T", "Write a note (goes with the next decision)"),
          new Shortcut(DECIDING, "Ctrl+Z", "Undo your latest decision (Edit menu)"),
          new Shortcut(DECIDING, "Ctrl+Shift+Z", "Redo (Edit menu; Ctrl+Y too)"),
          new Shortcut(DIALOGS, "Alt + underlined letter", "Go to that field or button"),
          new Shortcut(
              DIALOGS, "Enter", "OK (settings) or Start reviewing (welcome, whatever is focused)"),
          new Shortcut(DIALOGS, "Esc", "Cancel (settings) or close (welcome)"),
          new Shortcut(DIALOGS, "Alt+A", "Apply the settings without closing"));

  private KeyboardShortcuts() {}

  /** Every shortcut, grouped by area: the window's first. */
  public static List<Shortcut> all() {
    return ALL;
  }
}
