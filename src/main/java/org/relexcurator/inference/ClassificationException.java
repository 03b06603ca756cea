package org.relexcurator.inference;

/** A model that cannot be loaded, or an input it cannot classify; the message is for a person. */
public class ClassificationException extends Exception {

  public ClassificationException(String message) {
    super(message);
  }

  public ClassificationException(String message, Throwable cause) {
    super(message, cause);
  }
}
