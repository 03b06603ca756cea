package org.relexcurator.io;

import java.util.ArrayList;
import java.util.List;
import org.relexcurator.model.Problem;

/** The problems a reader meets in one file, in the order met, each naming that file. */
public final class ProblemLog {

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  public ProblemLog(String file) {
    this.file = file;
  }

  /** Something was dropped. */
  public void error(
      String documentId,
      int line,
      String annotationId,
      String message,
      String expected,
      String found) {
    problems.add(Problem.error(file, documentId, line, annotationId, message, expected, found));
  }

  /** Something was kept, as is or repaired. */
  public void warning(
      String documentId,
      int line,
      String annotationId,
      String message,
      String expected,
      String found) {
    problems.add(Problem.warning(file, documentId, line, annotationId, message, expected, found));
  }

  /** A kept annotation's offsets were moved to where its stated text is. */
  public void offsetsRepaired(
      String documentId,
      int line,
      String annotationId,
      String message,
      String expected,
      String found) {
    problems.add(
        Problem.offsetsRepaired(file, documentId, line, annotationId, message, expected, found));
  }

  public List<Problem> problems() {
    return List.copyOf(problems);
  }
}
