package org.relexcurator.ui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
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
  void everyDocumentTakesOneHeightAndALongTitleIsCutWithItsWholeTextInTheTooltip(FxRobot robot) {
    List<ListCell<?>> cells =
        robot.lookup("#corpus-documents .list-cell").queryAllAs(ListCell.class).stream()
            .filter(cell -> !cell.isEmpty() && cell.isVisible())
            .<ListCell<?>>map(cell -> cell)
            .toList();
    assertThat(cells).hasSizeGreaterThan(3);
    assertThat(cells).extracting(ListCell::getHeight).containsOnly(cells.get(0).getHeight());

    // 16867246's title runs to four lines at this width; two are shown.
    ListCell<?> longTitle =
        cells.stream()
            .filter(cell -> ((DocumentEntry) cell.getItem()).id().equals("16867246"))
            .findFirst()
            .orElseThrow();
    String whole = ((DocumentEntry) longTitle.getItem()).title();
    String shown =
        robot.from(longTitle).lookup(".document-title .text").queryAs(Text.class).getText();
    assertThat(shown).endsWith("...").hasSizeLessThan(whole.length());
    assertThat(longTitle.getTooltip().getText()).isEqualTo(whole);
  }
}
