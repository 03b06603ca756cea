package org.relexcurator.ui.queue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.relexcurator.inference.RelationClassifier;

/**
 * The queue's filters as the curator sets them (predicted label, type pair, status, direction
 * check, score range, searched text), the choices each drop-down offers, and the {@link
 * QueueFilter} they make together.
 */
public final class QueueFilters {

  static final Choice<String> ANY_LABEL = Choice.any("Any predicted label");
  static final Choice<String> NOT_PREDICTED = new Choice<>("", "Not predicted yet");
  static final Choice<String> ANY_TYPE_PAIR = Choice.any("Any type pair");
  static final Choice<ReviewStatus> ANY_STATUS = Choice.any("Any status");
  static final Choice<DirectionStatus> ANY_DIRECTIONS = Choice.any("Any direction check");

  private final ObjectProperty<Choice<String>> labelFilter =
      new SimpleObjectProperty<>(this, "labelFilter", ANY_LABEL);
  private final ObjectProperty<Choice<String>> typePairFilter =
      new SimpleObjectProperty<>(this, "typePairFilter", ANY_TYPE_PAIR);
  private final ObjectProperty<Choice<ReviewStatus>> statusFilter =
      new SimpleObjectProperty<>(this, "statusFilter", ANY_STATUS);
  private final ObjectProperty<Choice<DirectionStatus>> directionsFilter =
      new SimpleObjectProperty<>(this, "directionsFilter", ANY_DIRECTIONS);
  private final DoubleProperty minScore = new SimpleDoubleProperty(this, "minScore", 0);
  private final DoubleProperty maxScore = new SimpleDoubleProperty(this, "maxScore", 1);
  private final StringProperty text = new SimpleStringProperty(this, "text", "");
  private final ObservableList<Choice<String>> labelChoices = FXCollections.observableArrayList();
  private final ObservableList<Choice<String>> typePairChoices =
      FXCollections.observableArrayList();
  private final ObservableList<Choice<ReviewStatus>> statusChoices =
      FXCollections.observableArrayList();
  private final ObservableList<Choice<DirectionStatus>> directionsChoices =
      FXCollections.observableArrayList();

  /** Bumped to make the filtered list test the rows again. */
  private final IntegerProperty revision = new SimpleIntegerProperty(this, "revision");

  /** What the rows must pass: {@code null} when the filters let every row through. */
  private final ObjectBinding<Predicate<QueueRow>> predicate;

  QueueFilters() {
    // No predicate when the filter lets every row through: a large corpus's rows then reach the
    // table without a test each.
    predicate =
        Bindings.createObjectBinding(
            () -> {
              QueueFilter filter =
                  new QueueFilter(
                      labelFilter.get(),
                      typePairFilter.get(),
                      statusFilter.get(),
                      directionsFilter.get(),
                      minScore.get(),
                      maxScore.get(),
                      text.get());
              return filter.acceptsAll() ? null : filter;
            },
            labelFilter,
            typePairFilter,
            statusFilter,
            directionsFilter,
            minScore,
            maxScore,
            text,
            revision);
    statusChoices.add(ANY_STATUS);
    for (ReviewStatus status : ReviewStatus.values()) {
      statusChoices.add(Choice.of(status));
    }
    directionsChoices.add(ANY_DIRECTIONS);
    for (DirectionStatus directions : DirectionStatus.values()) {
      directionsChoices.add(Choice.of(directions));
    }
    offerLabelsOf(null);
  }

  /** What the rows must pass now: {@code null} when the filters let every row through. */
  ObjectBinding<Predicate<QueueRow>> predicate() {
    return predicate;
  }

  /**
   * Lets every pair through again: the searched text, labels, status, type pair and score range
   * were chosen for another corpus. The order ({@link QueueSorting}) stays, as it hides no pair.
   */
  public void clear() {
    text.set("");
    labelFilter.set(ANY_LABEL);
    typePairFilter.set(ANY_TYPE_PAIR);
    statusFilter.set(ANY_STATUS);
    minScore.set(0);
    maxScore.set(1);
  }

  /** A new corpus starts with every type pair: its own are not known yet. */
  void forgetTypePair() {
    typePairFilter.set(ANY_TYPE_PAIR);
  }

  /** Offers the type pairs of a corpus's rows, in the order given, after "any". */
  void offerTypePairs(Collection<String> typePairs) {
    List<Choice<String>> choices = new ArrayList<>();
    choices.add(ANY_TYPE_PAIR);
    typePairs.forEach(pair -> choices.add(Choice.of(pair)));
    typePairChoices.setAll(choices);
  }

  /** Offers the labels of {@code model}; none but "any" and "not predicted" without a model. */
  void offerLabelsOf(RelationClassifier model) {
    Choice<String> chosen = labelFilter.get();
    List<Choice<String>> choices = new ArrayList<>(List.of(ANY_LABEL, NOT_PREDICTED));
    if (model != null) {
      model.description().labels().forEach(label -> choices.add(Choice.of(label)));
    }
    // Only the model's labels change; "any" and "not predicted" stay, so a drop-down showing
    // one of them keeps it.
    labelChoices.retainAll(choices);
    for (int i = 0; i < choices.size(); i++) {
      if (i >= labelChoices.size() || !labelChoices.get(i).equals(choices.get(i))) {
        labelChoices.add(i, choices.get(i));
      }
    }
    labelFilter.set(choices.contains(chosen) ? chosen : ANY_LABEL);
  }

  /** Makes the filtered list test the rows again if what the filters look at may have changed. */
  void retestAfter(RowChange change) {
    boolean searching = !text.get().isBlank();
    boolean depends =
        switch (change) {
          case PREDICTIONS ->
              searching
                  || !labelFilter.get().isAny()
                  || !directionsFilter.get().isAny()
                  || minScore.get() > 0
                  || maxScore.get() < 1;
          case DECISIONS -> searching || !statusFilter.get().isAny();
        };
    if (depends) {
      revision.set(revision.get() + 1);
    }
  }

  public ObjectProperty<Choice<String>> labelFilterProperty() {
    return labelFilter;
  }

  public ObservableList<Choice<String>> labelChoices() {
    return labelChoices;
  }

  public ObjectProperty<Choice<String>> typePairFilterProperty() {
    return typePairFilter;
  }

  public ObservableList<Choice<String>> typePairChoices() {
    return typePairChoices;
  }

  public ObjectProperty<Choice<ReviewStatus>> statusFilterProperty() {
    return statusFilter;
  }

  public ObservableList<Choice<ReviewStatus>> statusChoices() {
    return statusChoices;
  }

  /** Which pairs show by what the direction check says of them. */
  public ObjectProperty<Choice<DirectionStatus>> directionsFilterProperty() {
    return directionsFilter;
  }

  public ObservableList<Choice<DirectionStatus>> directionsChoices() {
    return directionsChoices;
  }

  public DoubleProperty minScoreProperty() {
    return minScore;
  }

  public DoubleProperty maxScoreProperty() {
    return maxScore;
  }

  public StringProperty textProperty() {
    return text;
  }
}
