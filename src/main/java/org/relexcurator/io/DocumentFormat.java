package org.relexcurator.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Problem;

/**
 * One file format: how to recognise it, read it and write it.
 *
 * <p>Readers never throw for bad content inside a readable file: every malformed line, offset
 * mismatch or missing piece becomes a {@link org.relexcurator.model.Problem} in the returned {@link
 * Corpus} and reading goes on. {@link UnreadableInputException} is the only exception a reader lets
 * out, for a file that cannot be read at all.
 */
public interface DocumentFormat {

  /** Stable short name used on the command line ({@code pubtator}, {@code bioc-xml}, …). */
  String name();

  /** File name endings this format usually has, lower case, without the dot. */
  List<String> extensions();

  /**
   * How sure this format is that the content is its own, from 0 (not at all) to 100 (certain).
   *
   * @param path the input, a file or (for folder formats) a directory
   * @param head the first characters of the file, decoded as its byte-order mark says or else as
   *     UTF-8 (malformed bytes replaced), without the mark; empty for a directory
   */
  int recognize(Path path, String head);

  Corpus read(Path path) throws UnreadableInputException;

  /**
   * Writes the documents to {@code target} atomically: a reader never sees a half-written file.
   * Folder formats (brat) take a directory.
   */
  void write(List<Document> documents, Path target) throws IOException;

  /**
   * Writes like {@link #write} and says what the format could not hold of the documents, left out
   * or approximated: one warning per document and annotation, each naming {@code target}. A format
   * that says nothing here may still leave things out; {@code relex convert} also counts what reads
   * back.
   */
  default List<Problem> writeReportingLosses(List<Document> documents, Path target)
      throws IOException {
    write(documents, target);
    return List.of();
  }
}
