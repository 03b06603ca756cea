package org.relexcurator.io.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relexcurator.io.DocumentFormat;
import org.relexcurator.io.TextEncoding;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.io.bioc.BiocJsonFormat;
import org.relexcurator.io.bioc.BiocXmlFormat;
import org.relexcurator.io.brat.BratFormat;
import org.relexcurator.io.dataset.DatasetFormat;
import org.relexcurator.io.pubtator.PubTatorFormat;
import org.relexcurator.io.text.PlainTextFormat;
import org.relexcurator.model.Corpus;

/** The formats this program knows, and detection of a file's format by its content. */
public final class FormatRegistry {

  private static final int HEAD_BYTES = 16 * 1024;

  /** The confidence of a format that takes any file, plain text. */
  private static final int LAST_RESORT = 1;

  private final List<DocumentFormat> formats;

  public FormatRegistry(List<DocumentFormat> formats) {
    this.formats = List.copyOf(formats);
  }

  /** Every format RelEx Curator reads and writes. */
  public static FormatRegistry standard() {
    return new FormatRegistry(
        List.of(
            new PubTatorFormat(),
            new BiocXmlFormat(),
            new BiocJsonFormat(),
            new DatasetFormat(),
            new BratFormat(),
            new PlainTextFormat()));
  }

  public List<DocumentFormat> formats() {
    return formats;
  }

  public Optional<DocumentFormat> byName(String name) {
    return formats.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
  }

  /**
   * The format of a file or folder, judged by content first and by extension only to break ties.
   *
   * @throws UnreadableInputException if the path is missing, unreadable, binary, or no format
   *     recognises it; also when only plain text would take a file that is clearly XML or JSON
   */
  public DocumentFormat detect(Path path) throws UnreadableInputException {
    if (!Files.exists(path)) {
      throw new UnreadableInputException(path + ": no such file or folder");
    }
    if (!Files.isReadable(path)) {
      throw new UnreadableInputException(path + ": not readable (check its permissions)");
    }
    String head = Files.isDirectory(path) ? "" : head(path);
    String extension = extension(path);
    DocumentFormat best = null;
    int bestScore = 0;
    int bestConfidence = 0;
    for (DocumentFormat format : formats) {
      int confidence = format.recognize(path, head);
      int score = confidence * 2 + (format.extensions().contains(extension) ? 1 : 0);
      if (confidence > 0 && score > bestScore) {
        best = format;
        bestScore = score;
        bestConfidence = confidence;
      }
    }
    if (best == null) {
      throw new UnreadableInputException(
          path
              + ": not a format RelEx Curator reads (expected "
              + String.join(", ", formats.stream().map(DocumentFormat::name).toList())
              + ")");
    }
    if (bestConfidence <= LAST_RESORT) {
      Optional<String> shape = StructuredTextShape.of(head);
      if (shape.isPresent()) {
        throw new UnreadableInputException(
            path
                + ": looks like "
                + shape.get()
                + ", but not like any format RelEx Curator reads ("
                + structuredFormats()
                + "); not read as "
                + best.name());
      }
    }
    return best;
  }

  /** Detects the format and reads the input. */
  public Corpus read(Path path) throws UnreadableInputException {
    return detect(path).read(path);
  }

  private String structuredFormats() {
    return String.join(
        ", ",
        formats.stream()
            .filter(
                f ->
                    f.extensions().contains("xml")
                        || f.extensions().contains("json")
                        || f.extensions().contains("jsonl"))
            .map(DocumentFormat::name)
            .toList());
  }

  /**
   * The first bytes as text: decoded as their byte-order mark says, else as UTF-8, with malformed
   * bytes replaced (the format's reader reports them with their place in the file); without the
   * byte-order mark.
   */
  private static String head(Path path) throws UnreadableInputException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(HEAD_BYTES);
    } catch (IOException e) {
      throw new UnreadableInputException(path + ": cannot be read: " + e.getMessage(), e);
    }
    TextEncoding encoding = TextEncoding.of(bytes);
    String head =
        new String(
            bytes,
            encoding.byteOrderMark(),
            bytes.length - encoding.byteOrderMark(),
            encoding.charset());
    if (head.indexOf('\0') >= 0) {
      throw new UnreadableInputException(
          path
              + TextEncoding.unmarkedUtf16(bytes)
                  .map(
                      utf16 ->
                          ": looks like "
                              + utf16
                              + " text without a byte-order mark; save it as"
                              + " UTF-8 (or UTF-16 with a byte-order mark)")
                  .orElse(": a binary file, not a text document"));
    }
    return head;
  }

  private static String extension(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
