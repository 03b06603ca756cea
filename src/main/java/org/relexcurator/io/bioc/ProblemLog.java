package org.relexcurator.io.bioc;

import java.util.ArrayList;
import java.util.List;
import org.relexcurator.model.Problem;

/** The problems met while reading one file, in the order they were met. */
final class ProblemLog {

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  ProblemLog(String file) {
    this.file = file;
  }

  /** Something was dropped. */
  void error(String documentId, int line, String annotationId, String message, String expected,
      String found) {
    problems.add(Problem.error(file, documentId, line, annotationId, message, expected, found));
  }

  /** Something was kept, as is or repaired. */
  void warning(String documentId, int line, String annotationId, String message, String expected,
      String found) {
    problems.add(Problem.warning(file, documentId, line, annotationId, message, expected, found));
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }
}
