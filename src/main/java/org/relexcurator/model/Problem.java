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
 */
public record Problem(
    Severity severity,
    String file,
    String documentId,
    int line,
    String annotationId,
    String message,
    String expected,
    String found) {

  /** How much of the input a problem cost. */
  public enum Severity {
    WARNING,
    ERROR
  }

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
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
        Severity.ERROR, file, documentId, line, annotationId, message, expected, found);
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
        Severity.WARNING, file, documentId, line, annotationId, message, expected, found);
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
