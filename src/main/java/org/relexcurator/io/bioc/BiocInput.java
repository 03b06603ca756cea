package org.relexcurator.io.bioc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.relexcurator.io.UnreadableInputException;

/** Opening an input file, with the one clear message a person sees when that fails. */
final class BiocInput {

  private BiocInput() {}

  static InputStream open(Path path) throws UnreadableInputException {
    if (!Files.exists(path)) {
      throw new UnreadableInputException(path + ": no such file");
    }
    if (!Files.isRegularFile(path)) {
      throw new UnreadableInputException(path + ": not a file");
    }
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw new UnreadableInputException(path + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }
}
