package org.relexcurator.curation.export;

/**
 * An export that cannot be made as asked: a document's source file is gone or changed, or a pair
 * lacks what the format needs. The message names the file or pair and says what to do; nothing was
 * written.
 */
public class ExportException extends Exception {

  private static final long serialVersionUID = 1L;

  public ExportException(String message) {
    super(message);
  }

  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
