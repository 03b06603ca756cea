package org.relexcurator.ui.keys;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Short names for the combinations the keymap is written with. */
final class KeyCombinations {

  private KeyCombinations() {}

  static KeyCombination plain(KeyCode code) {
    return new KeyCodeCombination(code);
  }

  static KeyCombination shift(KeyCode code) {
    return new KeyCodeCombination(code, KeyCombination.SHIFT_DOWN);
  }

  static KeyCombination alt(KeyCode code) {
    return new KeyCodeCombination(code, KeyCombination.ALT_DOWN);
  }

  /** Ctrl, or Cmd on a Mac. */
  static KeyCombination ctrl(KeyCode code) {
    return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
  }

  static KeyCombination ctrlShift(KeyCode code) {
    return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  }

  /** The digits 1 to 9 then 0, on the main row and the keypad: the order labels are numbered in. */
  static KeyCombination[] digits() {
    List<KeyCombination> keys = new ArrayList<>();
    for (String digit : List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "0")) {
      keys.add(plain(KeyCode.valueOf("DIGIT" + digit)));
      keys.add(plain(KeyCode.valueOf("NUMPAD" + digit)));
    }
    return keys.toArray(KeyCombination[]::new);
  }
}
