package org.relexcurator.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.relexcurator.model.Problem;
import org.relexcurator.ui.problems.ProblemNavigation.Destination;

class ProblemsViewModelTest {

  private static Problem repaired(String documentId, String annotationId) {
    return Problem.offsetsRepaired(
        "a.pubtator", documentId, 6, annotationId, "offsets moved", "fever", "er t");
  }

  private static Problem dropped(String documentId, String annotationId) {
    return Problem.error(
        "a.pubtator", documentId, 23, annotationId, "mention dropped", "hepatitis", "metformin");
  }

  private final ObservableList<Problem> problems = FXCollections.observableArrayList();
  private final List<String> shown = new ArrayList<>();

  private ProblemsViewModel withDestination(Destination destination) {
    return new ProblemsViewModel(
        problems,
        (documentId, annotationId) -> {
          shown.add(documentId + "/" + annotationId);
          return destination;
        });
  }

  @Test
  void theCountNamesErrorsFirstThenWarningsInPluralOrSingular() {
    assertThat(ProblemsViewModel.countText(2, 59)).isEqualTo("\u26a0 2 errors \u00b7 59 warnings");
    assertThat(ProblemsViewModel.countText(1, 1)).isEqualTo("\u26a0 1 error \u00b7 1 warning");
    assertThat(ProblemsViewModel.countText(0, 59)).isEqualTo("\u26a0 59 warnings");
    assertThat(ProblemsViewModel.countText(3, 0)).isEqualTo("\u26a0 3 errors");
    assertThat(ProblemsViewModel.countText(0, 0)).isEmpty();
  }

  @Test
  void theCountFollowsTheProblemsOfTheOpenFile() {
    ProblemsViewModel model = withDestination(Destination.MENTION);
    assertThat(model.countProperty().get()).isEmpty();

    problems.setAll(repaired("1", "T3"), repaired("1", "T6"), dropped("2", "T6"));

    assertThat(model.countProperty().get()).isEqualTo("\u26a0 1 error \u00b7 2 warnings");
    assertThat(model.hasErrorsProperty().get()).isTrue();

    problems.setAll(repaired("1", "T3"));

    assertThat(model.countProperty().get()).isEqualTo("\u26a0 1 warning");
    assertThat(model.hasErrorsProperty().get()).isFalse();
  }

  @Test
  void activatingARepairedMentionShowsItsDocumentAndMention() {
    ProblemsViewModel model = withDestination(Destination.MENTION);

    model.activate(repaired("91000002", "T3"));

    assertThat(shown).containsExactly("91000002/T3");
    assertThat(model.outcomeProperty().get()).isEqualTo("Showing document 91000002, mention T3.");
  }

  @Test
  void activatingADroppedMentionShowsItsDocumentAndSaysTheMentionWasDropped() {
    ProblemsViewModel model = withDestination(Destination.DOCUMENT);

    model.activate(dropped("91000002", "T6"));

    assertThat(model.outcomeProperty().get())
        .isEqualTo("Showing document 91000002; T6 is not among its mentions (dropped).");
  }

  @Test
  void aProblemOfADocumentTheReaderDroppedSaysSo() {
    ProblemsViewModel model = withDestination(Destination.NOWHERE);

    model.activate(dropped("42", null));

    assertThat(model.outcomeProperty().get())
        .isEqualTo("Document 42 is not in the open corpus: the reader dropped it.");
  }

  @Test
  void aProblemOfTheWholeFileGoesNowhere() {
    ProblemsViewModel model = withDestination(Destination.MENTION);

    model.activate(Problem.error("a.pubtator", null, 1, null, "not UTF-8 text", null, null));

    assertThat(shown).isEmpty();
    assertThat(model.outcomeProperty().get()).contains("the file as a whole");
  }
}
