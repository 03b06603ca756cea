package org.relexcurator.io;

import java.nio.charset.CharacterCodingException;

/**
 * Bytes that are not text in the file's encoding, and where they are: the line and column of the
 * character they would have been (both 1-based, columns counting UTF-16 units as the XML and JSON
 * parsers do) and their offset in the file, so that a person can find them in an editor.
 */
public final class UndecodableBytesException extends CharacterCodingException {

  private final String encoding;
  private final String found;
  private final int line;
  private final int column;
  private final long byteOffset;

  UndecodableBytesException(String encoding, String found, int line, int column, long byteOffset) {
    this.encoding = encoding;
    this.found = found;
    this.line = line;
    this.column = column;
    this.byteOffset = byteOffset;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** For example {@code not UTF-8 text at line 3, column 17 (byte 0xE9 at offset 123)}. */
  @Override
  public String getMessage() {
    return "not "
        + encoding
        + " text at line "
        + line
        + ", column "
        + column
        + " ("
        + (found.contains(" ") ? "bytes " : "byte ")
        + found
        + " at offset "
        + byteOffset
        + ")";
  }
}
