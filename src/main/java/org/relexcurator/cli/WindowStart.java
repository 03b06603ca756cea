package org.relexcurator.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.relexcurator.ui.shell.DesktopApp;

/**
 * {@code relex} with no arguments, or with files: the desktop window. What would make it fail is
 * told in one line before JavaFX starts, because JavaFX reports its own failures as a stack trace
 * from its launcher thread: a word that is neither a command nor a file (most likely a mistyped
 * command), a file that is not there, a Linux machine without a graphical session.
 */
final class WindowStart {

  private final Collection<String> commands;
  private final Map<String, String> environment;
  private final String osName;
  private final PrintWriter err;

  /**
   * @param commands the subcommands, to suggest the nearest for an unknown word
   * @param environment the process environment, to tell whether there is a display
   * @param osName the {@code os.name} system property
   */
  WindowStart(
      Collection<String> commands,
      Map<String, String> environment,
      String osName,
      PrintWriter err) {
    this.commands = commands;
    this.environment = environment;
    this.osName = osName;
    this.err = err;
  }

  /** Opens the window on {@code files} and returns when it closes; an exit code. */
  int open(String[] files) {
    for (int i = 0; i < files.length; i++) {
      if (!exists(files[i])) {
        err.println(
            i == 0
                ? "relex: unknown command or file '"
                    + files[0]
                    + "' (did you mean '"
                    + NearestCommand.to(files[0], commands)
                    + "'? relex --help lists the commands)"
                : "relex: no such file '" + files[i] + "'");
        return Main.UNUSABLE;
      }
    }
    if (!hasDisplay()) {
      err.println(
          "relex: the window needs a graphical session and there is none (neither"
              + " DISPLAY nor WAYLAND_DISPLAY is set); the subcommands in relex --help work without"
              + " one");
      return Main.UNUSABLE;
    }
    try {
      DesktopApp.launchWith(files);
    } catch (RuntimeException e) {
      if (!UserErrorHandler.isWindowStartFailure(e)) {
        throw e;
      }
      err.println(UserErrorHandler.windowStartFailure(e));
      return Main.UNUSABLE;
    }
    return Main.OK;
  }

  private static boolean exists(String file) {
    try {
      return Files.exists(Path.of(file));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * JavaFX on Linux draws through GTK on an X display; macOS and Windows always have their own. A
   * headless JavaFX platform chosen with {@code -Dglass.platform} needs no display either.
   */
  private boolean hasDisplay() {
    if (!osName.startsWith("Linux") || System.getProperty("glass.platform") != null) {
      return true;
    }
    return !environment.getOrDefault("DISPLAY", "").isBlank()
        || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
  }
}
