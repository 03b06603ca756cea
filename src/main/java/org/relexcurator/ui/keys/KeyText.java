package org.relexcurator.ui.keys;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * A key as menus and Help write it: {@code Ctrl+Shift+Z}, {@code Alt+1}, {@code →}. Ctrl stands for
 * the shortcut key, which is Cmd on a Mac; Help says so once rather than every row changing.
 */
final class KeyText {

  private KeyText() {}

  static String of(List<KeyCombination> keys) {
    return keys.stream().map(KeyText::of).collect(Collectors.joining(" or "));
  }

  static String of(KeyCombination key) {
    StringBuilder text = new StringBuilder();
    if (key.getShortcut() == KeyCombination.ModifierValue.DOWN
        || key.getControl() == KeyCombination.ModifierValue.DOWN) {
      text.append("Ctrl+");
    }
    if (key.getAlt() == KeyCombination.ModifierValue.DOWN) {
      text.append("Alt+");
    }
    if (key.getShift() == KeyCombination.ModifierValue.DOWN) {
      text.append("Shift+");
    }
    if (key.getMeta() == KeyCombination.ModifierValue.DOWN) {
      text.append("Meta+");
    }
    return text.append(name(((KeyCodeCombination) key).getCode())).toString();
  }

  private static String name(KeyCode code) {
    return switch (code) {
      case LEFT -> "\u2190";
      case RIGHT -> "\u2192";
      case UP -> "\u2191";
      case DOWN -> "\u2193";
      case COMMA -> ",";
      case SLASH -> "/";
      case EQUALS -> "=";
      case MINUS -> "\u2212";
      // A keypad digit's name is "Numpad 1"; its getChar() is not the digit.
      default ->
          code.isDigitKey()
              ? code.getName().substring(code.getName().length() - 1)
              : code.isLetterKey() ? code.getChar() : code.getName();
    };
  }
}
