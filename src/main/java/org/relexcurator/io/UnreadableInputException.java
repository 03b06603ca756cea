package org.relexcurator.io;

/**
 * A file that cannot be read at all: missing, unreadable, not text, or not in any format this
 * program knows. The message names the file and says what was expected.
 */
public class UnreadableInputException extends Exception {

  public UnreadableInputException(String message) {
    super(message);
  }

  public UnreadableInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
