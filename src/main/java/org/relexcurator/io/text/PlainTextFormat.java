package org.relexcurator.io.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.relexcurator.io.AtomicFiles;
import org.relexcurator.io.DocumentFiles;
import org.relexcurator.io.DocumentFormat;
import org.relexcurator.io.TextFiles;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Problem;
import org.relexcurator.model.TextLayout;

/**
 * Plain UTF-8 text without annotations: one document per file, named after the file, whose passages
 * are its paragraphs (runs of lines between blank lines).
 *
 * <p>The document text is the file exactly as it is, line ends and blank lines included, so that
 * offsets found in it address the file. Any text is plain text, so this format recognises
 * everything with the lowest score and other formats win whenever they recognise a file.
 */
public final class PlainTextFormat implements DocumentFormat {

  public static final String NAME = "text";

  /** The type of every passage: a paragraph of the file. */
  public static final String PASSAGE_TYPE = "paragraph";

  private static final String TXT = "txt";
  private static final int FOLDER_SEARCH_DEPTH = 4;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> extensions() {
    return List.of(TXT);
  }

  @Override
  public int recognize(Path path, String head) {
    if (!Files.isDirectory(path)) {
      return 1;
    }
    try (Stream<Path> walk = Files.walk(path, FOLDER_SEARCH_DEPTH)) {
      return walk.anyMatch(
              p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + TXT))
          ? 1
          : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** Reads a file, or every {@code .txt} file below a folder (ids are then relative paths). */
  @Override
  public Corpus read(Path path) throws UnreadableInputException {
    if (!Files.isDirectory(path)) {
      if (!Files.isRegularFile(path)) {
        throw new UnreadableInputException(path + ": no such file or folder");
      }
      Document document = document(DocumentFiles.idOf(path), TextFiles.read(path));
      return new Corpus(path.toString(), NAME, List.of(document), List.of());
    }
    List<Document> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path file : DocumentFiles.below(path, TXT)) {
      String id = DocumentFiles.idOf(path, file);
      try {
        documents.add(document(id, TextFiles.read(file)));
      } catch (UnreadableInputException e) {
        problems.add(
            Problem.error(
                file.toString(), id, 0, null, e.getMessage() + "; document skipped", null, null));
      }
    }
    return new Corpus(path.toString(), NAME, documents, problems);
  }

  /** A document whose passages are the paragraphs of the text; the text itself is unchanged. */
  static Document document(String id, String content) {
    TextLayout layout = new TextLayout();
    List<Passage> passages = new ArrayList<>();
    int written = 0;
    for (Paragraphs.Bounds paragraph : Paragraphs.of(content)) {
      // The text between paragraphs is placed too, so the document text is the file unchanged.
      layout.place(layout.length(), content.substring(written, paragraph.start()));
      passages.add(
          new Passage(
              PASSAGE_TYPE,
              layout.place(
                  layout.length(), content.substring(paragraph.start(), paragraph.end()))));
      written = paragraph.end();
    }
    layout.place(layout.length(), content.substring(written));
    return new Document(id, layout.build(), passages, List.of(), List.of(), Infons.empty());
  }

  /**
   * Writes the text of each document: one document to the target file itself unless the target is a
   * folder; several documents to {@code ID.txt} files in the target folder.
   */
  @Override
  public void write(List<Document> documents, Path target) throws IOException {
    if (documents.size() == 1 && !Files.isDirectory(target)) {
      AtomicFiles.writeString(target, documents.get(0).text().value());
      return;
    }
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new IOException(
          target
              + ": "
              + documents.size()
              + " documents need a folder to be written to, but this is a file");
    }
    Files.createDirectories(target);
    List<String> names = DocumentFiles.fileNames(documents);
    for (int i = 0; i < documents.size(); i++) {
      AtomicFiles.writeString(
          target.resolve(names.get(i) + "." + TXT), documents.get(i).text().value());
    }
  }
}
