package org.relexcurator.ui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;

class CorpusViewModelTest {

  private PreparedCorpus corpus;
  private final CorpusViewModel viewModel = new CorpusViewModel();

  @BeforeEach
  void openSample() throws Exception {
    corpus =
        CorpusPreparation.standard(MarkerMode.EXACT)
            .prepare(Path.of("resources/samples/biored-dev-sample.pubtator"));
    viewModel.show(DocumentListing.of(corpus));
  }

  @Test
  void everyDocumentIsListedInFileOrderWithItsPairCountAndTheFirstIsSelected() {
    assertThat(viewModel.visibleEntries())
        .extracting(DocumentEntry::id)
        .containsExactlyElementsOf(corpus.documents().stream().map(d -> d.id()).toList());
    int pairs = viewModel.visibleEntries().stream().mapToInt(DocumentEntry::pairs).sum();
    assertThat(pairs).isEqualTo(corpus.pairs().size());
    assertThat(viewModel.selectedProperty().get().id()).isEqualTo("14510914");
    assertThat(viewModel.visibleEntries().get(0).title())
        .startsWith("Congenital hypothyroidism due to a new deletion");
  }

  @Test
  void searchMatchesIdsAndTitlesIgnoringCase() {
    viewModel.searchProperty().set("HYPOTHYROIDISM");
    assertThat(viewModel.visibleEntries())
        .extracting(DocumentEntry::id)
        .containsExactly("14510914");

    viewModel.searchProperty().set("15096016");
    assertThat(viewModel.visibleEntries())
        .extracting(DocumentEntry::id)
        .containsExactly("15096016");

    viewModel.searchProperty().set("");
    assertThat(viewModel.visibleEntries()).hasSize(6);
  }

  @Test
  void reviewProgressCountsAndTheUnfinishedFilterHidesFinishedDocuments() {
    DocumentEntry first = viewModel.visibleEntries().get(0);
    viewModel.unfinishedOnlyProperty().set(true);

    viewModel.setReviewed(first.id(), 3);
    assertThat(first.reviewed()).isEqualTo(3);
    assertThat(viewModel.visibleEntries()).contains(first);
    assertThat(viewModel.totals()).containsExactly(3, corpus.pairs().size());

    viewModel.setReviewed(first.id(), first.pairs());
    assertThat(viewModel.visibleEntries()).doesNotContain(first).hasSize(5);
  }

  @Test
  void selectingByIdMovesTheSelectionAndUnknownIdsAreIgnored() {
    viewModel.select("15096016");
    assertThat(viewModel.selectedDocument().id()).isEqualTo("15096016");

    viewModel.select("no-such-document");
    assertThat(viewModel.selectedDocument().id()).isEqualTo("15096016");
  }
}
