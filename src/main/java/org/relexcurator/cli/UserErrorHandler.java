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
 * Turns failures into one line for a person and exit code 2; a stack trace appears only for
 * genuine bugs (exceptions that are not about the user's input).
 */
final class UserErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
    if (ex instanceof UnreadableInputException || ex instanceof ClassificationException
        || ex instanceof SettingsFileException || ex instanceof CurationStoreException
        || ex instanceof ExportException
        || ex instanceof java.io.IOException || ex instanceof IllegalArgumentException) {
      cli.getErr().println("relex: " + ex.getMessage());
      return Main.UNUSABLE;
    }
    cli.getErr().println("relex: internal error: " + ex);
    ex.printStackTrace(cli.getErr());
    return Main.UNUSABLE;
  }
}
