package org.relexcurator.io.brat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.relexcurator.io.AtomicFiles;
import org.relexcurator.io.DocumentFiles;
import org.relexcurator.io.DocumentFormat;
import org.relexcurator.io.TextFiles;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Problem;

/**
 * brat standoff: each document is a {@code .txt} file with its text and an {@code .ann} file
 * beside it with one annotation per line.
 *
 * <p>The input may be an {@code .ann} file, its {@code .txt}, or a folder, in which case every
 * pair below it is read, sorted by path; a document's id is its path relative to the folder
 * without extension, or the file name without extension for a single pair. A {@code .txt} without
 * an {@code .ann} is a document without annotations; an {@code .ann} without its {@code .txt}
 * cannot be read, because offsets mean nothing without the text.
 */
public final class BratFormat implements DocumentFormat {

  public static final String NAME = "brat";

  private static final String ANN = "ann";
  private static final String TXT = "txt";
  private static final int FOLDER_SEARCH_DEPTH = 4;
  private static final Pattern BRAT_LINE =
      Pattern.compile("(?:[TREAMN#][^\\s]*|\\*)\t\\S.*");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> extensions() {
    return List.of(ANN);
  }

  @Override
  public int recognize(Path path, String head) {
    if (Files.isDirectory(path)) {
      return containsAnnFiles(path) ? 90 : 0;
    }
    String extension = extension(path);
    if (extension.equals(TXT)) {
      return Files.isRegularFile(DocumentFiles.sibling(path, ANN)) ? 90 : 0;
    }
    if (!extension.equals(ANN)) {
      return 0;
    }
    List<String> lines = head.lines().filter(l -> !l.isBlank()).limit(50).toList();
    if (lines.isEmpty()) {
      // An empty .ann is a document nobody annotated yet; only the name says it is brat.
      return 50;
    }
    long bratLike = lines.stream().filter(l -> BRAT_LINE.matcher(l).matches()).count();
    return bratLike * 5 >= lines.size() * 4 ? 95 : bratLike > 0 ? 30 : 0;
  }

  private static boolean containsAnnFiles(Path folder) {
    try (Stream<Path> walk = Files.walk(folder, FOLDER_SEARCH_DEPTH)) {
      return walk.anyMatch(p -> extension(p).equals(ANN) && Files.isRegularFile(p));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public Corpus read(Path path) throws UnreadableInputException {
    if (Files.isDirectory(path)) {
      return readFolder(path);
    }
    if (!Files.isRegularFile(path)) {
      throw new UnreadableInputException(path + ": no such file or folder");
    }
    String extension = extension(path);
    if (!extension.equals(ANN) && !extension.equals(TXT)) {
      throw new UnreadableInputException(
          path + ": not a brat file (expected an .ann or .txt file, or a folder of them)");
    }
    Path txt = extension.equals(TXT) ? path : DocumentFiles.sibling(path, TXT);
    Path ann = extension.equals(ANN) ? path : DocumentFiles.sibling(path, ANN);
    if (!Files.isRegularFile(txt)) {
      throw new UnreadableInputException(path + ": no text file " + txt.getFileName()
          + " beside it (brat keeps the text that the offsets count in a .txt file)");
    }
    List<Problem> problems = new ArrayList<>();
    Document document = readPair(DocumentFiles.idOf(path), txt, ann, problems);
    return new Corpus(path.toString(), NAME, List.of(document), problems);
  }

  private Corpus readFolder(Path folder) throws UnreadableInputException {
    Map<String, Path[]> pairs = new TreeMap<>();
    for (Path txt : DocumentFiles.below(folder, TXT)) {
      pairs.computeIfAbsent(DocumentFiles.idOf(folder, txt), k -> new Path[2])[0] = txt;
    }
    for (Path ann : DocumentFiles.below(folder, ANN)) {
      pairs.computeIfAbsent(DocumentFiles.idOf(folder, ann), k -> new Path[2])[1] = ann;
    }
    List<Document> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, Path[]> pair : pairs.entrySet()) {
      Path txt = pair.getValue()[0];
      Path ann = pair.getValue()[1];
      if (txt == null) {
        problems.add(Problem.error(ann.toString(), pair.getKey(), 0, null,
            "no text file beside it; document skipped", pair.getKey() + "." + TXT, null));
        continue;
      }
      try {
        documents.add(readPair(pair.getKey(), txt,
            ann == null ? DocumentFiles.sibling(txt, ANN) : ann, problems));
      } catch (UnreadableInputException e) {
        problems.add(Problem.error(txt.toString(), pair.getKey(), 0, null,
            e.getMessage() + "; document skipped", null, null));
      }
    }
    if (pairs.isEmpty()) {
      problems.add(Problem.warning(folder.toString(), null, 0, null,
          "no .ann or .txt files below this folder", null, null));
    }
    return new Corpus(folder.toString(), NAME, documents, problems);
  }

  private static Document readPair(String id, Path txt, Path ann, List<Problem> problems)
      throws UnreadableInputException {
    String text = TextFiles.read(txt);
    String annotations = null;
    if (Files.isRegularFile(ann)) {
      annotations = TextFiles.read(ann);
    } else {
      problems.add(Problem.warning(txt.toString(), id, 0, null,
          "no annotation file beside it; read as a document without annotations",
          ann.getFileName().toString(), null));
    }
    BratDocumentReader.Result result =
        BratDocumentReader.read(id, text, annotations, ann.toString());
    problems.addAll(result.problems());
    return result.document();
  }

  /**
   * Writes one {@code .txt} and one {@code .ann} per document below the target folder, named
   * after the document id; ids that would collide once made safe for file names get a suffix.
   */
  @Override
  public void write(List<Document> documents, Path target) throws IOException {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new IOException(target + ": brat writes a folder of .txt and .ann files, "
          + "but this is a file");
    }
    Files.createDirectories(target);
    List<String> names = DocumentFiles.fileNames(documents);
    for (int i = 0; i < documents.size(); i++) {
      Document document = documents.get(i);
      AtomicFiles.writeString(target.resolve(names.get(i) + "." + TXT), document.text().value());
      AtomicFiles.writeString(target.resolve(names.get(i) + "." + ANN),
          BratAnnotationWriter.render(document));
    }
  }

  private static String extension(Path path) {
    Path name = path.getFileName();
    if (name == null) {
      return "";
    }
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    return dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
