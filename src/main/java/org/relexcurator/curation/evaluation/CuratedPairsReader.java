package org.relexcurator.curation.evaluation;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
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
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int number = 0;
    while (true) {
      int b = in.read();
      if (b >= 0 && b != '\n') {
        line.write(b);
        continue;
      }
      if (b < 0 && line.size() == 0) {
        break;
      }
      number++;
      String text = decode(line.toByteArray(), utf8);
      line.reset();
      if (text == null) {
        problems.add(Problem.error(source, null, number, null, "not UTF-8 text; line skipped",
            "UTF-8 text", null));
      } else if (!text.isBlank()) {
        CuratedPair pair = parser.parse(text, number);
        if (pair != null) {
          pairs.add(pair);
        }
      }
      if (b < 0) {
        break;
      }
    }
    return new CuratedPairs(source, pairs, problems);
  }

  private static String decode(byte[] bytes, CharsetDecoder utf8) {
    int length = bytes.length;
    if (length > 0 && bytes[length - 1] == '\r') {
      length--;
    }
    int start = afterByteOrderMark(bytes, length);
    try {
      return utf8.decode(ByteBuffer.wrap(bytes, start, length - start)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Skips a byte-order mark, which some editors write at the start of a file. */
  private static int afterByteOrderMark(byte[] bytes, int length) {
    return length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
  }
}
