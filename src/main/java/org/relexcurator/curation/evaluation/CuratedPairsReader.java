package org.relexcurator.curation.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Problem;

/**
 * Reads a curated-pairs JSON Lines export. Bad lines (not JSON, not UTF-8, a field of the wrong
 * kind) are skipped with a problem each and reading goes on; only a file that cannot be opened
 * at all throws. Lines are decoded one by one, so one bad byte costs one line, not the file.
 */
public final class CuratedPairsReader {

  private CuratedPairsReader() {}

  public static CuratedPairs read(Path file) throws UnreadableInputException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException(file + ": no such file");
    } catch (IOException e) {
      throw new UnreadableInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Reads from a stream, naming {@code source} in problems; the stream is left open. */
  public static CuratedPairs read(String source, InputStream in) throws IOException {
    List<Problem> problems = new ArrayList<>();
    List<CuratedPair> pairs = new ArrayList<>();
    CuratedPairParser parser = new CuratedPairParser(source, problems);
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    int number = 0;
    int read;
    while ((read = in.read(buffer)) >= 0) {
      int from = 0;
      for (int i = 0; i < read; i++) {
        if (buffer[i] == '\n') {
          line.write(buffer, from, i - from);
          parser.parse(line.toByteArray(), ++number).ifPresent(pairs::add);
          line.reset();
          from = i + 1;
        }
      }
      line.write(buffer, from, read - from);
    }
    if (line.size() > 0) {
      parser.parse(line.toByteArray(), ++number).ifPresent(pairs::add);
    }
    return new CuratedPairs(source, pairs, problems);
  }
}
