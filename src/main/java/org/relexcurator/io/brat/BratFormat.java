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
 * brat standoff: each document is a {@code .txt} file with its text and an {@code .ann} file beside
 * it with one annotation per line.
 *
 * <p>The input may be an {@code .ann} file, its {@code .txt}, or a folder, in which case every pair
 * below it is read, sorted by path; a document's id is its path relative to the folder without
 * extension, or the file name without extension for a single pair. A {@code .txt} without an {@code
 * .ann} is a document without annotations; an {@code .ann} without its {@code .txt} cannot be read,
 * because offsets mean nothing without the text.
 *
 * <p>Reading a folder never leaves it: the walk does not follow links to folders, and a {@code
 * .txt} or {@code .ann} that is a link to a file outside the folder is reported and its document
 * skipped, so that a folder cannot smuggle another file's content into a conversion. A link to a
 * file inside the folder is read.
 */
public final class BratFormat implements DocumentFormat {

  public static final String NAME = "brat";

  private static final String ANN = "ann";
  private static final String TXT = "txt";
  private static final int FOLDER_SEARCH_DEPTH = 4;
  private static final Pattern BRAT_LINE = Pattern.compile("(?:[TREAMN#][^\\s]*|\\*)\t\\S.*");

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
    try (Stream<Path> walk = Files.walk(folder.toRealPath(), FOLDER_SEARCH_DEPTH)) {
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
      throw new UnreadableInputException(
          path
              + ": no text file "
              + txt.getFileName()
              + " beside it (brat keeps the text that the offsets count in a .txt file)");
    }
    List<Problem> problems = new ArrayList<>();
    Document document = readPair(DocumentFiles.idOf(path), txt, ann, problems);
    return new Corpus(path.toString(), NAME, List.of(document), problems);
  }

  private Corpus readFolder(Path folder) throws UnreadableInputException {
    // The walk starts from the real folder, because it would not follow a folder named by a link;
    // files keep the names the user gave, for problems.
    Path realFolder = realPath(folder);
    Map<String, Path[]> pairs = new TreeMap<>();
    for (Path txt : DocumentFiles.below(realFolder, TXT)) {
      pairs.computeIfAbsent(DocumentFiles.idOf(realFolder, txt), k -> new Path[2])[0] =
          folder.resolve(realFolder.relativize(txt));
    }
    for (Path ann : DocumentFiles.below(realFolder, ANN)) {
      pairs.computeIfAbsent(DocumentFiles.idOf(realFolder, ann), k -> new Path[2])[1] =
          folder.resolve(realFolder.relativize(ann));
    }
    List<Document> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, Path[]> pair : pairs.entrySet()) {
      Path txt = pair.getValue()[0];
      Path ann = pair.getValue()[1];
      if (txt == null) {
        problems.add(
            Problem.error(
                ann.toString(),
                pair.getKey(),
                0,
                null,
                "no text file beside it; document skipped",
                pair.getKey() + "." + TXT,
                null));
        continue;
      }
      Path outside = firstOutside(realFolder, txt, ann);
      if (outside != null) {
        problems.add(
            Problem.error(
                outside.toString(),
                pair.getKey(),
                0,
                null,
                "a link to a file outside the folder; document skipped",
                "a file inside " + folder,
                linkTarget(outside)));
        continue;
      }
      try {
        documents.add(
            readPair(
                pair.getKey(), txt, ann == null ? DocumentFiles.sibling(txt, ANN) : ann, problems));
      } catch (UnreadableInputException e) {
        problems.add(
            Problem.error(
                txt.toString(),
                pair.getKey(),
                0,
                null,
                e.getMessage() + "; document skipped",
                null,
                null));
      }
    }
    if (pairs.isEmpty()) {
      problems.add(
          Problem.warning(
              folder.toString(),
              null,
              0,
              null,
              "no .ann or .txt files below this folder",
              null,
              null));
    }
    return new Corpus(folder.toString(), NAME, documents, problems);
  }

  private static Path realPath(Path folder) throws UnreadableInputException {
    try {
      return folder.toRealPath();
    } catch (IOException e) {
      throw new UnreadableInputException(folder + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** The first of the files that is not inside the folder once links are resolved, or null. */
  private static Path firstOutside(Path realFolder, Path... files) {
    for (Path file : files) {
      if (file == null) {
        continue;
      }
      try {
        if (!file.toRealPath().startsWith(realFolder)) {
          return file;
        }
      } catch (IOException e) {
        // Gone since the folder was listed: reading it says so.
      }
    }
    return null;
  }

  private static String linkTarget(Path link) {
    try {
      return link.toRealPath().toString();
    } catch (IOException e) {
      return null;
    }
  }

  private static Document readPair(String id, Path txt, Path ann, List<Problem> problems)
      throws UnreadableInputException {
    String text = TextFiles.read(txt);
    String annotations = null;
    if (Files.isRegularFile(ann)) {
      annotations = TextFiles.read(ann);
    } else {
      problems.add(
          Problem.warning(
              txt.toString(),
              id,
              0,
              null,
              "no annotation file beside it; read as a document without annotations",
              ann.getFileName().toString(),
              null));
    }
    BratDocumentReader.Result result =
        BratDocumentReader.read(id, text, annotations, ann.toString());
    problems.addAll(result.problems());
    return result.document();
  }

  /**
   * Writes one {@code .txt} and one {@code .ann} per document below the target folder, named after
   * the document id; ids that would collide once made safe for file names get a suffix. Passages
   * end in line breaks ({@link BratPassages}).
   */
  @Override
  public void write(List<Document> documents, Path target) throws IOException {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new IOException(
          target + ": brat writes a folder of .txt and .ann files, " + "but this is a file");
    }
    Files.createDirectories(target);
    List<String> names = DocumentFiles.fileNames(documents);
    for (int i = 0; i < documents.size(); i++) {
      Document document = documents.get(i);
      AtomicFiles.writeString(
          target.resolve(names.get(i) + "." + TXT), BratPassages.textWithLineBreaks(document));
      AtomicFiles.writeString(
          target.resolve(names.get(i) + "." + ANN), BratAnnotationWriter.render(document));
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
