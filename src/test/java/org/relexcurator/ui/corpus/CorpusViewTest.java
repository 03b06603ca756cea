package org.relexcurator.ui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CorpusViewTest {

  private PreparedCorpus corpus;

  @Start
  void start(Stage stage) throws Exception {
    corpus =
        CorpusPreparation.standard(MarkerMode.EXACT)
            .prepare(Path.of("resources/samples/biored-dev-sample.pubtator"));
    CorpusViewModel viewModel = new CorpusViewModel();
    viewModel.show(DocumentListing.of(corpus));
    CorpusView view = new CorpusView(viewModel);
    Scene scene = new Scene(view, 240, 700);
    scene
        .getStylesheets()
        .add(CorpusView.class.getResource("/org/relexcurator/ui/relex.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void everyTitleIsShownWholeWrappedWithinTheListsWidth(FxRobot robot) {
    ListView<?> list = robot.lookup("#corpus-documents").queryAs(ListView.class);
    List<ListCell<?>> cells =
        robot.lookup("#corpus-documents .list-cell").queryAllAs(ListCell.class).stream()
            .filter(cell -> !cell.isEmpty() && cell.isVisible())
            .<ListCell<?>>map(cell -> cell)
            .toList();
    assertThat(cells).hasSizeGreaterThan(3);
    double listRight = list.localToScene(list.getLayoutBounds()).getMaxX();
    for (ListCell<?> cell : cells) {
      String whole = ((DocumentEntry) cell.getItem()).title();
      Text shown = robot.from(cell).lookup(".document-title .text").queryAs(Text.class);
      assertThat(shown.getText()).as("the title shown").isEqualTo(whole);
      assertThat(shown.localToScene(shown.getBoundsInLocal()).getMaxX())
          .as("the right edge of \"%s\"", whole)
          .isLessThanOrEqualTo(listRight);
    }
    // 16867246's title runs to four lines at this width: its cell is taller than a short one's.
    ListCell<?> longTitle = cell(cells, "16867246");
    ListCell<?> shortTitle = cell(cells, "14510914");
    assertThat(longTitle.getHeight()).isGreaterThan(shortTitle.getHeight());
  }

  private static ListCell<?> cell(List<ListCell<?>> cells, String id) {
    return cells.stream()
        .filter(cell -> ((DocumentEntry) cell.getItem()).id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
