package org.relexcurator.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Text files in the encodings people's editors save ({@link TextEncoding}), read strictly: a byte
 * that is not text makes the file unreadable with a message that says where it is.
 */
public final class TextFiles {

  private TextFiles() {}

  /**
   * The whole file as text. A byte-order mark stays as the character U+FEFF at the start: brat
   * counts it in its offsets, and a writer gives the file back as it was.
   */
  public static String read(Path file) throws UnreadableInputException {
    StringBuilder text = new StringBuilder();
    try {
      byte[] bytes = Files.readAllBytes(file);
      TextEncoding encoding = TextEncoding.of(bytes);
      try (Reader in =
          new StrictDecodingReader(new ByteArrayInputStream(bytes), encoding.charset(), 0)) {
        char[] buffer = new char[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          text.append(buffer, 0, n);
        }
      }
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    return text.toString();
  }

  /** Why a file could not be read, for a person: no such file, permissions, bad bytes, or else. */
  public static UnreadableInputException unreadable(Path file, IOException e) {
    String why;
    if (e instanceof UndecodableBytesException) {
      why = e.getMessage();
    } else if (e instanceof NoSuchFileException) {
      why = "no such file";
    } else if (e instanceof AccessDeniedException) {
      why = "not readable (check its permissions)";
    } else {
      why = "cannot be read: " + e.getMessage();
    }
    return new UnreadableInputException(file + ": " + why, e);
  }
}
