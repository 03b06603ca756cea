package org.relexcurator.ui.corpus;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
    // Short enough to read whole in the narrow side pane at a large font.
    search.setPromptText("Search");
    search.setTooltip(new javafx.scene.control.Tooltip("Search documents by id or title"));
    search.setMaxWidth(Double.MAX_VALUE);
    search.textProperty().bindBidirectional(viewModel.searchProperty());
    CheckBox unfinished = new CheckBox("Unfinished only");
    unfinished.setMinWidth(Region.USE_PREF_SIZE);
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

  /** Id, title and a progress bar of reviewed pairs; the title wraps to show all of it. */
  private static final class EntryCell extends ListCell<DocumentEntry> {

    private final Label id = new Label();
    private final Label title = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label count = new Label();
    private final FlowPane heading = new FlowPane(6, 0, id, count);
    private final VBox box = new VBox(2, heading, title, progress);

    EntryCell() {
      id.getStyleClass().add("document-id");
      title.getStyleClass().add("document-title");
      count.getStyleClass().add("document-progress");
      progress.setPrefHeight(6);
      title.setWrapText(true);
      count.setMinWidth(Region.USE_PREF_SIZE);
    }

    /**
     * As high as the whole title wrapped in the cell's width: the list asks each cell its height
     * for the width it has.
     */
    @Override
    protected double computePrefHeight(double width) {
      if (getGraphic() == null || width <= 0) {
        return super.computePrefHeight(width);
      }
      double room = fitTo(width);
      return snappedTopInset() + box.prefHeight(room) + snappedBottomInset();
    }

    /** Any width: the title wraps to the list's width rather than widening the cells past it. */
    @Override
    protected double computePrefWidth(double height) {
      return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
      fitTo(getWidth());
      super.layoutChildren();
    }

    private double fitTo(double width) {
      double room = Math.max(0, width - snappedLeftInset() - snappedRightInset());
      for (Region part : List.of(heading, title, progress)) {
        part.setMaxWidth(room);
      }
      heading.setPrefWrapLength(room);
      return room;
    }

    @Override
    protected void updateItem(DocumentEntry entry, boolean empty) {
      super.updateItem(entry, empty);
      progress.progressProperty().unbind();
      count.textProperty().unbind();
      if (empty || entry == null) {
        setGraphic(null);
        return;
      }
      id.setText(entry.id());
      title.setText(entry.title());
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
