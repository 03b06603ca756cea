package org.relexcurator.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.relexcurator.model.Problem;

/** Prints input problems on standard error, one line each, as every command reports them. */
final class ProblemLines {

  private ProblemLines() {}

  static void print(PrintWriter err, List<Problem> problems) {
    for (Problem problem : problems) {
      err.println(
          "relex: "
              + problem.severity().name().toLowerCase(Locale.ROOT)
              + ": "
              + problem.describe());
    }
  }
}
