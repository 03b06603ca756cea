package org.relexcurator.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.relexcurator.model.Document;

/**
 * Files of formats that keep one document per file (brat, plain text): finding them below a folder,
 * naming documents after them and naming files after documents ({@link TextFiles} reads them).
 */
public final class DocumentFiles {

  private DocumentFiles() {}

  /**
   * Every regular file below the folder whose name ends with {@code .extension} (any case), sorted
   * by document id so that reading a folder twice gives the same order on every platform.
   */
  public static List<Path> below(Path folder, String extension) throws UnreadableInputException {
    String suffix = "." + extension.toLowerCase(Locale.ROOT);
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> files =
          new ArrayList<>(
              walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix))
                  .filter(Files::isRegularFile)
                  .toList());
      files.sort(Comparator.comparing(f -> idOf(folder, f)));
      return files;
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UnreadableInputException(folder + ": cannot list its files: " + e.getMessage(), e);
    }
  }

  /** The id of a document stored in a file below a folder: its relative path without extension. */
  public static String idOf(Path folder, Path file) {
    return withoutExtension(folder.relativize(file).toString().replace('\\', '/'));
  }

  /** The id of a document stored in a file of its own: the file name without extension. */
  public static String idOf(Path file) {
    return withoutExtension(file.getFileName().toString());
  }

  /** A path without extension, the same file's name with another extension. */
  public static Path sibling(Path file, String extension) {
    return file.resolveSibling(withoutExtension(file.getFileName().toString()) + "." + extension);
  }

  public static String withoutExtension(String name) {
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    return dot > slash + 1 ? name.substring(0, dot) : name;
  }

  /**
   * A relative path to store a document under, made from its id: {@code /} keeps folders, every
   * other character that is unsafe in a file name becomes {@code _}, and no part can climb out of
   * the target folder.
   */
  public static String relativePathFor(String documentId) {
    List<String> parts = new ArrayList<>();
    for (String part : documentId.split("/")) {
      String safe = part.replaceAll("[^A-Za-z0-9._+-]", "_");
      if (safe.isEmpty() || safe.startsWith(".")) {
        safe = "_" + safe;
      }
      parts.add(safe);
    }
    return String.join("/", parts);
  }

  /**
   * File names (without extension) for documents written one per file: {@link #relativePathFor} of
   * each id, with {@code -2}, {@code -3}… added where two would collide, also on file systems that
   * ignore case.
   */
  public static List<String> fileNames(List<Document> documents) {
    Set<String> taken = new HashSet<>();
    List<String> names = new ArrayList<>(documents.size());
    for (Document document : documents) {
      String base = relativePathFor(document.id());
      String name = base;
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "-" + n;
      }
      names.add(name);
    }
    return names;
  }
}
