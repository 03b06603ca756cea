package org.relexcurator.ui.shell;

import javafx.animation.AnimationTimer;

/**
 * Runs an action at the start of a later frame of the window. Work done in one event is laid out
 * and drawn in the frame that follows it; work that would make one frame too long can be spread
 * over several this way, each part laid out in its own frame, with the user's input and the
 * window's repaints served between them.
 */
final class LaterFrame {

  private LaterFrame() {}

  /**
   * Runs {@code action} on the JavaFX thread at the start of the {@code frames}-th frame from now:
   * with 2, after the next frame has laid out what the current event changed.
   */
  static void run(int frames, Runnable action) {
    new AnimationTimer() {
      private int seen;

      @Override
      public void handle(long now) {
        if (++seen >= frames) {
          stop();
          action.run();
        }
      }
    }.start();
  }
}
