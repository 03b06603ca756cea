package org.relexcurator.ui.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.relexcurator.model.Document;

/**
 * The corpus panel's state: the documents of the open corpus with their review progress, a search
 * filter, an "unfinished only" switch, and the selected document.
 */
public final class CorpusViewModel {

  private final ObservableList<DocumentEntry> entries = FXCollections.observableArrayList();
  private final FilteredList<DocumentEntry> visible = new FilteredList<>(entries);
  private final StringProperty search = new SimpleStringProperty("");
  private final BooleanProperty unfinishedOnly = new SimpleBooleanProperty();
  private final ObjectProperty<DocumentEntry> selected = new SimpleObjectProperty<>();
  private final Map<String, DocumentEntry> byId = new HashMap<>();

  public CorpusViewModel() {
    search.addListener((observable, old, now) -> refilter());
    unfinishedOnly.addListener((observable, old, now) -> refilter());
  }

  private void refilter() {
    String text = search.get() == null ? "" : search.get();
    boolean unfinished = unfinishedOnly.get();
    visible.setPredicate(
        entry -> entry.matches(text) && (!unfinished || entry.reviewed() < entry.pairs()));
  }

  /** Shows a corpus's documents and selects the first. */
  public void show(DocumentListing listing) {
    byId.clear();
    List<DocumentEntry> fresh = listing.entries();
    fresh.forEach(entry -> byId.putIfAbsent(entry.id(), entry));
    entries.setAll(fresh);
    selected.set(fresh.isEmpty() ? null : fresh.get(0));
  }

  /** Drops the search and the "unfinished only" switch: a new corpus shows all its documents. */
  public void clearFilters() {
    search.set("");
    unfinishedOnly.set(false);
  }

  /** Updates a document's review progress (pairs with a decision in force). */
  public void setReviewed(String documentId, int reviewedPairs) {
    DocumentEntry entry = byId.get(documentId);
    if (entry != null) {
      entry.setReviewed(reviewedPairs);
      if (unfinishedOnly.get()) {
        refilter();
      }
    }
  }

  /** The document with this id, if the corpus has it. */
  public Optional<DocumentEntry> entry(String documentId) {
    return Optional.ofNullable(byId.get(documentId));
  }

  /** Selects the document with this id, if the corpus has it. */
  public void select(String documentId) {
    DocumentEntry entry = byId.get(documentId);
    if (entry != null && entry != selected.get()) {
      selected.set(entry);
    }
  }

  public ObservableList<DocumentEntry> visibleEntries() {
    return visible;
  }

  public StringProperty searchProperty() {
    return search;
  }

  public BooleanProperty unfinishedOnlyProperty() {
    return unfinishedOnly;
  }

  public ObjectProperty<DocumentEntry> selectedProperty() {
    return selected;
  }

  public Document selectedDocument() {
    return selected.get() == null ? null : selected.get().document();
  }

  /** Reviewed and total pairs over the whole corpus. */
  public int[] totals() {
    int reviewed = 0;
    int pairs = 0;
    for (DocumentEntry entry : entries) {
      reviewed += entry.reviewed();
      pairs += entry.pairs();
    }
    return new int[] {reviewed, pairs};
  }
}
