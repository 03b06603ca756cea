package org.relexcurator.ui.keys;

/** The windows that have keys of their own; a key means one thing per window. */
public enum KeyWindow {
  MAIN,
  ADJUDICATION,
  EVALUATION,
  DIALOG,
  /** Help, export and problems: windows whose one key is Esc. */
  OTHER
}
