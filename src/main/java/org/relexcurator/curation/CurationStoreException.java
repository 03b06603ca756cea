package org.relexcurator.curation;

/**
 * A decision could not be stored or read back. The message is for the curator: it says what failed
 * in words a person can act on ("alice has nothing to undo", "the decision file is read-only").
 */
public class CurationStoreException extends Exception {

  private static final long serialVersionUID = 1L;

  public CurationStoreException(String message) {
    super(message);
  }

  public CurationStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
