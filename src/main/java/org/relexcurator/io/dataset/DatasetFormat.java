package org.relexcurator.io.dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.relexcurator.io.AtomicFiles;
import org.relexcurator.io.DocumentFormat;
import org.relexcurator.io.TextEncoding;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Problem;

/**
 * The synthetic_relex dataset: rows of {@code doc_id, text, label, entity1, type1, entity2, type2},
 * where {@code text} is a sentence with {@code [E1]…[/E1]} and {@code [E2]…[/E2]}, as JSON Lines
 * (what Hugging Face's {@code to_json} writes) or CSV/TSV with a header line.
 *
 * <p>Reading groups rows into documents ({@link DocumentsFromRows}); writing gives one row per
 * binary relation ({@link RowsFromRelations}), as JSON Lines unless the target ends in {@code .csv}
 * or {@code .tsv}. A file whose rows mark every occurrence of an entity string, as the training
 * data did, is written back with only the relation's two mentions marked.
 */
public final class DatasetFormat implements DocumentFormat {

  @Override
  public String name() {
    return "dataset";
  }

  @Override
  public List<String> extensions() {
    return List.of("jsonl", "csv", "tsv");
  }

  @Override
  public int recognize(Path path, String head) {
    String firstLine = firstLine(withoutByteOrderMark(head));
    if (firstLine.startsWith("{")) {
      return firstLine.contains("\"doc_id\"")
              && firstLine.contains("\"text\"")
              && firstLine.contains("\"entity1\"")
          ? 90
          : 0;
    }
    List<String> names = new ArrayList<>();
    for (String name : firstLine.split(firstLine.indexOf('\t') >= 0 ? "\t" : ",")) {
      names.add(name.strip().replace("\"", "").toLowerCase(Locale.ROOT));
    }
    return names.containsAll(DatasetRow.COLUMNS) ? 90 : 0;
  }

  @Override
  public Corpus read(Path path) throws UnreadableInputException {
    String file = path.toString();
    List<Problem> problems = new ArrayList<>();
    String content = withoutByteOrderMark(decode(bytes(path), file, problems));
    String firstLine = firstLine(content);
    List<DatasetRow> rows =
        firstLine.startsWith("{")
            ? JsonlRows.read(content, file, problems)
            : DelimitedRows.read(content, delimiter(path, firstLine), file, problems);
    List<Document> documents = DocumentsFromRows.documents(rows, file, problems);
    // Rows are parsed, then checked: put the two passes' problems back in file order.
    problems.sort(Comparator.comparingInt(Problem::line));
    return new Corpus(file, name(), documents, problems);
  }

  @Override
  public void write(List<Document> documents, Path target) throws IOException {
    List<DatasetRow> rows = RowsFromRelations.rows(documents);
    String name =
        target.getFileName() == null
            ? ""
            : target.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".tsv")) {
      char delimiter = name.endsWith(".tsv") ? '\t' : ',';
      AtomicFiles.write(target, out -> DelimitedRows.write(rows, delimiter, out));
    } else {
      AtomicFiles.write(target, out -> JsonlRows.write(rows, out));
    }
  }

  private static byte[] bytes(Path path) throws UnreadableInputException {
    if (!Files.isRegularFile(path)) {
      throw new UnreadableInputException(
          path + ": not a file (a dataset is one .jsonl, .csv or" + " .tsv file)");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UnreadableInputException(path + ": cannot be read: " + e.getMessage(), e);
    }
    if (TextEncoding.of(bytes).charset().equals(StandardCharsets.UTF_8)) {
      for (byte b : bytes) {
        if (b == 0) {
          throw new UnreadableInputException(path + ": a binary file, not a dataset");
        }
      }
    }
    return bytes;
  }

  private static String decode(byte[] bytes, String file, List<Problem> problems) {
    Charset charset = TextEncoding.of(bytes).charset();
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      problems.add(
          Problem.warning(
              file,
              null,
              0,
              null,
              "not valid " + charset.name() + "; invalid bytes were read as \uFFFD",
              charset.name() + " text",
              null));
      return new String(bytes, charset);
    }
  }

  private static char delimiter(Path path, String header) {
    if (header.indexOf('\t') >= 0) {
      return '\t';
    }
    if (header.indexOf(',') >= 0) {
      return ',';
    }
    String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".tsv") ? '\t' : ',';
  }

  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String firstLine(String text) {
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      String line = text.substring(start, end < 0 ? text.length() : end);
      if (!line.isBlank()) {
        return line.strip();
      }
      start = end < 0 ? text.length() : end + 1;
    }
    return "";
  }
}
