package org.relexcurator.ui.corpus;

import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The corpus panel: a search field, an "unfinished only" switch, and the documents with their
 * review progress. Keyboard: Ctrl+F focuses the search (wired by the main window), ↑/↓ move through
 * the documents, typing in the list does not search (the field does).
 */
public final class CorpusView extends VBox {

  private final TextField search = new TextField();

  public CorpusView(CorpusViewModel viewModel) {
    getStyleClass().add("corpus-view");
    setSpacing(6);
    setPadding(new Insets(6));
    search.setPromptText("Search documents (id or title)");
    search.textProperty().bindBidirectional(viewModel.searchProperty());
    CheckBox unfinished = new CheckBox("Unfinished only");
    unfinished.selectedProperty().bindBidirectional(viewModel.unfinishedOnlyProperty());
    ListView<DocumentEntry> list = new ListView<>(viewModel.visibleEntries());
    list.setId("corpus-documents");
    list.setCellFactory(view -> new EntryCell());
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (observable, old, now) -> {
              if (now != null) {
                viewModel.selectedProperty().set(now);
              }
            });
    viewModel
        .selectedProperty()
        .addListener(
            (observable, old, now) -> {
              if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
              }
            });
    VBox.setVgrow(list, Priority.ALWAYS);
    getChildren().addAll(search, unfinished, list);
  }

  public void focusSearch() {
    search.requestFocus();
    search.selectAll();
  }

  /**
   * Id, title and a progress bar of reviewed pairs. Every cell is as high as the others (see
   * relex.css): the title shows two lines, the tooltip all of it.
   */
  private static final class EntryCell extends ListCell<DocumentEntry> {

    private final Tooltip wholeTitle = new Tooltip();
    private final Label id = new Label();
    private final Label title = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label count = new Label();
    private final VBox box = new VBox(2, new HBox(6, id, count), title, progress);

    EntryCell() {
      id.getStyleClass().add("document-id");
      title.getStyleClass().add("document-title");
      count.getStyleClass().add("document-progress");
      progress.setPrefHeight(6);
      title.setWrapText(true);
      wholeTitle.setWrapText(true);
      wholeTitle.setMaxWidth(480);
    }

    @Override
    protected void updateItem(DocumentEntry entry, boolean empty) {
      super.updateItem(entry, empty);
      progress.progressProperty().unbind();
      count.textProperty().unbind();
      if (empty || entry == null) {
        setGraphic(null);
        setTooltip(null);
        return;
      }
      id.setText(entry.id());
      title.setText(entry.title());
      wholeTitle.setText(entry.title());
      setTooltip(wholeTitle);
      if (getListView() != null && !title.maxWidthProperty().isBound()) {
        title.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
        progress.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
      }
      if (entry.pairs() == 0) {
        progress.setProgress(0);
        count.setText("no candidate pairs");
      } else {
        progress.progressProperty().bind(entry.reviewedProperty().divide((double) entry.pairs()));
        count
            .textProperty()
            .bind(entry.reviewedProperty().asString().concat(" / " + entry.pairs() + " reviewed"));
      }
      setGraphic(box);
    }
  }
}
