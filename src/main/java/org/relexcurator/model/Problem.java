package org.relexcurator.model;

import java.util.Objects;

/**
 * Something wrong in an input file that a reader noticed and worked around. Readers collect
 * problems and keep going; only a file that cannot be read at all stops with an exception.
 *
 * @param severity {@code ERROR} when something was dropped, {@code WARNING} when it was kept as is
 * @param file the file, as given by the user
 * @param documentId the document, or {@code null} if the problem is outside any document
 * @param line 1-based line number for line formats, 0 when not applicable
 * @param annotationId the annotation or relation id, or {@code null}
 * @param message what is wrong, for a person
 * @param expected what the reader expected, or {@code null}
 * @param found what it found instead, or {@code null}
 * @param kind what the reader did about it, where a later step needs to know: the window marks the
 *     mentions whose offsets it repaired
 */
public record Problem(
    Severity severity,
    String file,
    String documentId,
    int line,
    String annotationId,
    String message,
    String expected,
    String found,
    Kind kind) {

  /** How much of the input a problem cost. */
  public enum Severity {
    WARNING,
    ERROR
  }

  /** What the reader did about a problem, beyond its severity. */
  public enum Kind {
    /** Dropped or kept as is, as the severity says. */
    OTHER,
    /**
     * The annotation's offsets did not cover its stated text and were moved to where the text is;
     * the annotation was kept under {@code annotationId}, with the moved offsets.
     */
    OFFSETS_REPAIRED
  }

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(kind, "kind");
  }

  public static Problem error(
      String file,
      String documentId,
      int line,
      String annotationId,
      String message,
      String expected,
      String found) {
    return new Problem(
        Severity.ERROR, file, documentId, line, annotationId, message, expected, found, Kind.OTHER);
  }

  public static Problem warning(
      String file,
      String documentId,
      int line,
      String annotationId,
      String message,
      String expected,
      String found) {
    return new Problem(
        Severity.WARNING,
        file,
        documentId,
        line,
        annotationId,
        message,
        expected,
        found,
        Kind.OTHER);
  }

  /**
   * A warning that a kept annotation's offsets were moved to where its stated text is ({@code
   * expected}); {@code found} is the text at the offsets the file gave.
   */
  public static Problem offsetsRepaired(
      String file,
      String documentId,
      int line,
      String annotationId,
      String message,
      String expected,
      String found) {
    return new Problem(
        Severity.WARNING,
        file,
        documentId,
        line,
        annotationId,
        message,
        expected,
        found,
        Kind.OFFSETS_REPAIRED);
  }

  /**
   * One line for a person: {@code file:line: document D, annotation A: message (expected …, found
   * …)}.
   */
  public String describe() {
    StringBuilder out = new StringBuilder(file);
    if (line > 0) {
      out.append(':').append(line);
    }
    out.append(": ");
    if (documentId != null) {
      out.append("document ").append(documentId);
      out.append(annotationId != null ? ", " : ": ");
    }
    if (annotationId != null) {
      out.append("annotation ").append(annotationId).append(": ");
    }
    out.append(message);
    if (expected != null || found != null) {
      out.append(" (expected ")
          .append(quote(expected))
          .append(", found ")
          .append(quote(found))
          .append(')');
    }
    return out.toString();
  }

  private static String quote(String s) {
    return s == null ? "nothing" : '"' + s + '"';
  }
}
