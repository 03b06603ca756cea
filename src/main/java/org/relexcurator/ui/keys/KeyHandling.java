package org.relexcurator.ui.keys;

/** Who acts on a key, which says how a test can find it registered. */
public enum KeyHandling {
  /** A {@link KeyBindings} of the window or of a pane runs the action. */
  BINDINGS,
  /** A menu item's accelerator. */
  MENU,
  /**
   * The control itself: a list's arrow keys, copying from the text, Alt with an underlined letter
   * (mnemonics), a dialog's default and cancel buttons. Listed so that Help shows it.
   */
  CONTROL
}
