package org.relexcurator.inference;

/**
 * A relation-spec or entity-type file that cannot be read or says something that makes no sense.
 * The message names the file and what is wrong in it, for a person.
 */
public class SettingsFileException extends Exception {

  public SettingsFileException(String message) {
    super(message);
  }

  public SettingsFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
