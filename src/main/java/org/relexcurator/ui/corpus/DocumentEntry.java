package org.relexcurator.ui.corpus;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.relexcurator.model.Document;

/** One row of the corpus panel: a document and how many of its candidate pairs are reviewed. */
public final class DocumentEntry {

  private final Document document;
  private final String title;
  private final int pairs;
  private final IntegerProperty reviewed = new SimpleIntegerProperty();

  DocumentEntry(Document document, int pairs) {
    this.document = document;
    this.title = titleOf(document);
    this.pairs = pairs;
  }

  /**
   * The first passage: the title for abstracts, shown whole (the list wraps it). A first passage
   * longer than any title (a document without one starts with its text) is cut at 300 characters.
   */
  private static String titleOf(Document document) {
    if (document.passages().isEmpty()) {
      return "";
    }
    String first = document.passageText(document.passages().get(0)).strip().replaceAll("\\s+", " ");
    return first.length() <= 300 ? first : first.substring(0, 299) + "…";
  }

  public Document document() {
    return document;
  }

  public String id() {
    return document.id();
  }

  public String title() {
    return title;
  }

  public int pairs() {
    return pairs;
  }

  public ReadOnlyIntegerProperty reviewedProperty() {
    return reviewed;
  }

  public int reviewed() {
    return reviewed.get();
  }

  void setReviewed(int count) {
    reviewed.set(count);
  }

  /** Whether a search text matches this document's id or title, ignoring case. */
  boolean matches(String search) {
    String needle = search.strip().toLowerCase(java.util.Locale.ROOT);
    return needle.isEmpty()
        || id().toLowerCase(java.util.Locale.ROOT).contains(needle)
        || title.toLowerCase(java.util.Locale.ROOT).contains(needle);
  }
}
