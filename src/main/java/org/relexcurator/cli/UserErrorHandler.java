package org.relexcurator.cli;

import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.export.ExportException;
import org.relexcurator.inference.ClassificationException;
import org.relexcurator.inference.SettingsFileException;
import org.relexcurator.io.UnreadableInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line for a person and exit code 2; a stack trace appears only for genuine
 * bugs (exceptions that are not about the user's input).
 */
final class UserErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
    if (ex instanceof UnreadableInputException
        || ex instanceof ClassificationException
        || ex instanceof SettingsFileException
        || ex instanceof CurationStoreException
        || ex instanceof ExportException
        || ex instanceof java.io.IOException
        || ex instanceof IllegalArgumentException) {
      cli.getErr().println("relex: " + ex.getMessage());
      return Main.UNUSABLE;
    }
    if (isWindowStartFailure(ex)) {
      cli.getErr().println(windowStartFailure(ex));
      return Main.UNUSABLE;
    }
    cli.getErr().println("relex: internal error: " + ex);
    ex.printStackTrace(cli.getErr());
    return Main.UNUSABLE;
  }

  /**
   * JavaFX's windowing layer (Glass) says it cannot start: no display, or no GTK 3 on a server
   * image. That is the machine's setup, not a bug, and the curator can fix it.
   */
  static boolean isWindowStartFailure(Exception ex) {
    if (!(ex instanceof UnsupportedOperationException)) {
      return false;
    }
    for (StackTraceElement frame : ex.getStackTrace()) {
      if (frame.getClassName().startsWith("com.sun.glass.")) {
        return true;
      }
    }
    return false;
  }

  /** The one line that says why the window could not start and what to do. */
  static String windowStartFailure(Exception ex) {
    return "relex: the window could not start ("
        + ex.getMessage()
        + "). It needs a graphical"
        + " session and GTK 3 (on Debian: apt-get install libgtk-3-0); the subcommands in relex"
        + " --help work without either.";
  }
}
