package org.relexcurator.ui.shell;

import java.nio.file.Path;

/**
 * Where the desktop app keeps its own files: {@code $XDG_DATA_HOME/relex-curator}, or the folder
 * named by the system property {@code relex.data.home} (tests, portable installs).
 */
final class AppFolders {

  private AppFolders() {}

  static Path dataHome() {
    String override = System.getProperty("relex.data.home");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("relex-curator");
  }
}
