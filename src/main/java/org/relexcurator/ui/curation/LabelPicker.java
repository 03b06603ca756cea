package org.relexcurator.ui.curation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.relexcurator.model.CandidatePair;

/**
 * The labels a curator can give the shown pair, ordered for its types, with a caption that says
 * how; what the curator typed to find one, the labels that match it, and the highlighted one that
 * Enter in the filter gives.
 */
public final class LabelPicker {

  private final LabelChoices labelChoices;
  private final ObservableList<LabelChoice> labels = FXCollections.observableArrayList();
  private final FilteredList<LabelChoice> visibleLabels = new FilteredList<>(labels);
  private final StringProperty labelFilter = new SimpleStringProperty(this, "labelFilter", "");
  private final ReadOnlyObjectWrapper<LabelChoice> highlighted =
      new ReadOnlyObjectWrapper<>(this, "highlighted");
  private final ReadOnlyStringWrapper labelsCaption =
      new ReadOnlyStringWrapper(this, "labelsCaption", "");

  /**
   * @param labelChoices orders the model's labels for each pair
   */
  LabelPicker(LabelChoices labelChoices) {
    this.labelChoices = labelChoices;
    labelFilter.addListener(
        (property, before, filter) -> {
          visibleLabels.setPredicate(choice -> matches(choice, filter));
          highlightFirst();
        });
  }

  /** Lists the model's labels for {@code pair}; none while no model has labels to give. */
  void show(CandidatePair pair, List<String> modelLabels) {
    labels.setAll(labelChoices.forPair(pair, modelLabels));
    String types = labelChoices.typePair(pair);
    if (modelLabels.isEmpty()) {
      labelsCaption.set("Load a model to choose among its labels");
    } else if (labelChoices.inSpecs(pair)) {
      labelsCaption.set("Labels the relation specs allow for " + types + " come first");
    } else {
      labelsCaption.set(
          types + " is not in the relation specs: the model never saw this type pair");
    }
    highlightFirst();
  }

  /** Lists no label: no pair is shown. */
  void clear() {
    labels.clear();
    labelsCaption.set("");
  }

  /** Forgets what was typed: for another pair, or once a decision is stored. */
  void clearFilter() {
    labelFilter.set("");
  }

  /** Whether {@code label} is among the labels listed. */
  boolean offers(String label) {
    return labels.stream().anyMatch(choice -> choice.label().equals(label));
  }

  /** The label listed under a number key ("1" to "9", "0"). */
  Optional<LabelChoice> underShortcut(String key) {
    return labels.stream().filter(choice -> choice.shortcut().equals(key)).findFirst();
  }

  /** Down in the label filter. */
  public void highlightNext() {
    moveHighlight(1);
  }

  /** Up in the label filter. */
  public void highlightPrevious() {
    moveHighlight(-1);
  }

  private void moveHighlight(int step) {
    if (visibleLabels.isEmpty()) {
      return;
    }
    int index = visibleLabels.indexOf(highlighted.get()) + step;
    highlighted.set(visibleLabels.get(Math.max(0, Math.min(visibleLabels.size() - 1, index))));
  }

  /**
   * Highlights the first match of what was typed; nothing while nothing is typed, so that the list
   * never seems to say that Enter gives another label than the model's.
   */
  private void highlightFirst() {
    boolean typed = !labelFilter.get().isBlank();
    highlighted.set(typed && !visibleLabels.isEmpty() ? visibleLabels.get(0) : null);
  }

  /**
   * Whether a label matches what was typed: a number key, or part of its name, where a space also
   * matches an underscore ("co exp" finds co_expressed_with).
   */
  private static boolean matches(LabelChoice choice, String filter) {
    String typed = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    return typed.isEmpty()
        || choice.shortcut().equals(typed)
        || choice
            .label()
            .toLowerCase(Locale.ROOT)
            .replace('_', ' ')
            .contains(typed.replace('_', ' '));
  }

  /** The model's labels but {@code none}, ordered for the shown pair. */
  public ObservableList<LabelChoice> labels() {
    return FXCollections.unmodifiableObservableList(labels);
  }

  /** The labels that match {@link #labelFilterProperty()}. */
  public ObservableList<LabelChoice> visibleLabels() {
    return visibleLabels;
  }

  /** What the curator typed to find a label. */
  public StringProperty labelFilterProperty() {
    return labelFilter;
  }

  /** The label Enter in the filter chooses: the first match, or where Up and Down moved. */
  public ReadOnlyObjectProperty<LabelChoice> highlightedProperty() {
    return highlighted.getReadOnlyProperty();
  }

  /** Says how the labels are ordered for this pair's types, or why they are not. */
  public ReadOnlyStringProperty labelsCaptionProperty() {
    return labelsCaption.getReadOnlyProperty();
  }
}
