package org.relexcurator.curation.export;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relexcurator.io.ProblemLog;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Problem;

/**
 * Reads a curated-pairs JSON Lines file (docs/export.md): the one reader behind {@code relex
 * import} and {@code relex evaluate}, so that both hold a line to the same rules. A line must be
 * UTF-8 text holding one JSON object, each key once, and a {@code label} that is a label name or
 * null ({@link CuratedLine#labelName}); what a use takes from the object is its {@link RowReader}'s
 * to check. A line that breaks a rule is skipped with one error naming the file, the line, what was
 * expected and what was found, and reading goes on; only a file that cannot be read at all throws.
 *
 * <p>Lines are split on bytes and decoded one by one, so one bad byte costs one line, not the file.
 * Windows line ends, a byte-order mark at the start and blank lines are fine.
 */
public final class CuratedJsonlReader {

  /** What a use makes of one line. */
  @FunctionalInterface
  public interface RowReader<T> {

    /**
     * The row the line holds, never null.
     *
     * @throws BadLine to skip the line, saying why
     */
    T read(CuratedLine line) throws BadLine;
  }

  /**
   * What reading a file gave.
   *
   * @param rows the rows of the lines that could be used, in file order
   * @param problems what was wrong or repaired, line by line; each error is a line skipped
   * @param linesWithContent the lines that were not blank, used or not
   */
  public record Result<T>(List<T> rows, List<Problem> problems, int linesWithContent) {

    public Result {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
    }
  }

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** How Jackson names a key given twice in one object. */
  private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '(.*)'");

  private final ProblemLog problems;
  private final RowReader<?> rowReader;
  private final List<Object> rows = new ArrayList<>();
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private int linesWithContent;

  private CuratedJsonlReader(String file, RowReader<?> rowReader) {
    this.problems = new ProblemLog(file);
    this.rowReader = rowReader;
  }

  /**
   * @throws UnreadableInputException if the file is missing or cannot be read
   */
  public static <T> Result<T> read(Path file, RowReader<T> rows) throws UnreadableInputException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in, rows);
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException(file + ": no such file");
    } catch (IOException e) {
      throw new UnreadableInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Reads from a stream, naming {@code source} in problems; the stream is left open. */
  @SuppressWarnings("unchecked")
  public static <T> Result<T> read(String source, InputStream in, RowReader<T> rows)
      throws IOException {
    CuratedJsonlReader reader = new CuratedJsonlReader(source, rows);
    reader.readAll(in);
    return new Result<>((List<T>) reader.rows, reader.problems.problems(), reader.linesWithContent);
  }

  private void readAll(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    int number = 0;
    int read;
    while ((read = in.read(buffer)) >= 0) {
      int from = 0;
      for (int i = 0; i < read; i++) {
        if (buffer[i] == '\n') {
          line.write(buffer, from, i - from);
          line(line.toByteArray(), ++number);
          line.reset();
          from = i + 1;
        }
      }
      line.write(buffer, from, read - from);
    }
    if (line.size() > 0) {
      line(line.toByteArray(), ++number);
    }
  }

  /** One line given as its bytes without the {@code \n}. */
  private void line(byte[] bytes, int number) {
    int length = bytes.length;
    if (length > 0 && bytes[length - 1] == '\r') {
      length--;
    }
    // Some editors start a file with a byte-order mark.
    int start =
        number == 1
                && length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    String text;
    try {
      text = utf8.decode(ByteBuffer.wrap(bytes, start, length - start)).toString();
    } catch (CharacterCodingException e) {
      linesWithContent++;
      problems.error(null, number, null, "not UTF-8 text; line skipped", "UTF-8 text", null);
      return;
    }
    if (text.isBlank()) {
      return;
    }
    linesWithContent++;
    CuratedLine line = null;
    try {
      line = new CuratedLine(number, object(text));
      line.readGold();
      Object row = rowReader.read(line);
      for (String warning : line.warnings()) {
        problems.warning(line.documentId(), number, null, warning, null, null);
      }
      rows.add(row);
    } catch (BadLine e) {
      problems.error(
          line == null ? null : line.documentId(),
          number,
          null,
          e.getMessage() + "; line skipped",
          e.expected(),
          e.found());
    }
  }

  private static ObjectNode object(String text) throws BadLine {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      Matcher duplicate = DUPLICATE_KEY.matcher(e.getOriginalMessage());
      if (duplicate.matches()) {
        throw new BadLine(
            "the key \"" + duplicate.group(1) + "\" is given twice in one object",
            "each key once",
            duplicate.group(1));
      }
      throw new BadLine("not JSON: " + e.getOriginalMessage(), "a JSON object", excerpt(text));
    }
    if (!(root instanceof ObjectNode object)) {
      throw new BadLine("not a JSON object", "a JSON object", excerpt(text));
    }
    return object;
  }

  private static String excerpt(String line) {
    return line.length() <= 60 ? line : line.substring(0, 60) + "…";
  }
}
