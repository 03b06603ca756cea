package org.relexcurator.ui.problems;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.relexcurator.model.Problem;

/**
 * The problems of the open file as the status bar counts them and the problems pane lists them.
 * Activating a problem takes the window to its document and mention; {@link #outcomeProperty} says
 * where it got.
 */
public final class ProblemsViewModel {

  private final ObservableList<Problem> problems;
  private final ProblemNavigation navigation;
  private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");

  public ProblemsViewModel(ObservableList<Problem> problems, ProblemNavigation navigation) {
    this.problems = problems;
    this.navigation = navigation;
    problems.addListener((ListChangeListener<Problem>) change -> recount());
    recount();
  }

  private void recount() {
    long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
    count.set(countText(errors, problems.size() - errors));
    hasErrors.set(errors > 0);
    outcome.set("");
  }

  /** "⚠ 2 errors · 59 warnings", errors first; empty for none. */
  static String countText(long errors, long warnings) {
    if (errors == 0 && warnings == 0) {
      return "";
    }
    StringBuilder text = new StringBuilder("\u26a0 ");
    if (errors > 0) {
      text.append(counted(errors, "error"));
    }
    if (errors > 0 && warnings > 0) {
      text.append(" \u00b7 ");
    }
    if (warnings > 0) {
      text.append(counted(warnings, "warning"));
    }
    return text.toString();
  }

  private static String counted(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Takes the window to the problem's document and, where it still exists, its mention. */
  public void activate(Problem problem) {
    String documentId = problem.documentId();
    if (documentId == null) {
      outcome.set("This problem is about the file as a whole, not one document.");
      return;
    }
    String annotationId = problem.annotationId();
    outcome.set(
        switch (navigation.show(documentId, annotationId)) {
          case MENTION -> "Showing document " + documentId + ", mention " + annotationId + ".";
          case DOCUMENT ->
              annotationId == null
                  ? "Showing document " + documentId + "."
                  : "Showing document "
                      + documentId
                      + "; "
                      + annotationId
                      + " is not among its mentions"
                      + (problem.severity() == Problem.Severity.ERROR ? " (dropped)." : ".");
          case NOWHERE ->
              "Document " + documentId + " is not in the open corpus: the reader dropped it.";
        });
  }

  public ObservableList<Problem> problems() {
    return problems;
  }

  /** What the status bar shows: "⚠ 2 errors · 59 warnings"; empty when there is no problem. */
  public ReadOnlyStringProperty countProperty() {
    return count.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty hasErrorsProperty() {
    return hasErrors.getReadOnlyProperty();
  }

  /** Where the last activated problem took the window; empty before any. */
  public ReadOnlyStringProperty outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }
}
