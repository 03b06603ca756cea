package org.relexcurator.ui.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Esc closes a secondary window (help, reports, adjudication, export, problems), as it does in most
 * desktop programs; JavaFX's dialogs (settings, about, an error's details) close on Esc by
 * themselves. The key is heard last, so a field, list or report that uses Esc itself (leaving a
 * note field, cancelling a running evaluation) keeps it.
 */
final class EscapeCloses {

  private EscapeCloses() {}

  static Stage window(Stage stage) {
    stage.addEventHandler(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() == KeyCode.ESCAPE && !event.isConsumed()) {
            stage.close();
            event.consume();
          }
        });
    return stage;
  }
}
